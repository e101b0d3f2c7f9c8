using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Forms;

/// <summary>Submitting entries and running their workflows on a test site, through the site's own services.</summary>
internal static class FormsOnSite
{
    public static readonly Guid EventRegistration = SeededFormIds.EventRegistration;
    public static readonly Guid Feedback = SeededFormIds.Feedback;

    public static async Task<FormDefinition> FormAsync(this SiteFactory site, Guid id) =>
        await site.Services.GetRequiredService<FormCatalog>().GetAsync(id) ?? throw new InvalidOperationException($"No form {id}.");

    public static async Task<Guid> SubmitAsync(this SiteFactory site, Guid formId, Dictionary<string, string[]> answers)
    {
        var form = await site.FormAsync(formId);
        var values = answers.ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.Value);
        var result = await site.Services.GetRequiredService<FormSubmissions>().SubmitAsync(form, new FormSubmission(values, "fi"), CancellationToken.None);
        return Assert.IsType<SubmitResult.Accepted>(result).EntryId;
    }

    public static Dictionary<string, string[]> Registration(string name, string email) => new()
    {
        ["name"] = [name],
        ["email"] = [email],
        ["partySize"] = ["3"],
        ["organisation"] = ["Kylätoimikunta"],
        ["consent"] = ["true"],
    };

    /// <summary>
    /// A copy of the seeded registration form that also mails the submitter from a form workflow (the seeded one leaves
    /// the participant's mail to registration): the form engine's own mail path, with a submitter and an organiser.
    /// </summary>
    public static async Task<Guid> MailingRegistrationFormAsync(this SiteFactory site)
    {
        var seeded = await site.FormAsync(EventRegistration);
        var confirmation = TestForms.Workflow(WorkflowTypes.SendEmail, WorkflowStage.Submit,
            ("to", "{email}"), ("subject", "Ilmoittautumisesi on vastaanotettu"), ("message", "Hei {name},\n\nIlmoitit osallistujien määräksi {partySize}.")) with { Name = "Vahvistus ilmoittautujalle" };
        var form = seeded with { Id = Guid.NewGuid(), Alias = "mailedRegistration", Workflows = [confirmation, .. seeded.Workflows] };
        await site.SaveFormAsync(form);
        return form.Id;
    }

    /// <summary>Stores a form as an editor would and drops the parsed copies, so the next look-up reads it.</summary>
    public static async Task SaveFormAsync(this SiteFactory site, FormDefinition form)
    {
        await using (var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext())
        {
            db.Set<FormDefinitionRecord>().Add(new FormDefinitionRecord
            {
                Id = form.Id, Alias = form.Alias, Name = form.Name, Document = FormDefinitionJson.Write(form), UpdateDate = site.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        }

        site.Services.GetRequiredService<FormCatalog>().Reset();
    }

    public static async Task<List<WorkflowTask>> TasksAsync(this SiteFactory site)
    {
        await using var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();
        return await db.Set<WorkflowTask>().AsNoTracking().OrderBy(t => t.Id).ToListAsync();
    }

    /// <summary>
    /// Runs due rows on this node (its background processor may run some at the same time) until none is due or claimed:
    /// every row is then done or waiting for its next attempt.
    /// </summary>
    public static async Task SettleAsync(this SiteFactory site)
    {
        var processor = site.Services.GetRequiredService<WorkflowProcessor>();
        for (var i = 0; i < 1000; i++)
        {
            await processor.RunDueAsync();
            var now = site.Clock.GetUtcNow().UtcDateTime;
            await using var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();
            if (!await db.Set<WorkflowTask>().AnyAsync(t => t.DoneUtc == null && (t.NextAttemptUtc <= now || t.ClaimedUntil != null)))
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("Workflow rows stayed due or claimed.");
    }
}
