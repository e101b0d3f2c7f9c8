using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Forms;

public sealed class MailWorkflowTests
{
    [Fact]
    public async Task ASubmissionMailsTheSubmitterAndTheOrganiserThroughSmtpWithTheAnswersFilledIn()
    {
        var port = TestSmtpServer.FreePort();
        await using var smtp = await TestSmtpServer.StartAsync(port);
        await using var site = new SiteFactory { Settings = TestSmtpServer.SiteSettings(port) };

        var entryId = await site.SubmitAsync(await site.MailingRegistrationFormAsync(), FormsOnSite.Registration("Maija Meikäläinen", "maija@example.fi"));
        await site.SettleAsync();

        Assert.Equal(2, smtp.Messages.Count);
        var confirmation = Assert.Single(smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address == "maija@example.fi"));
        Assert.Equal("Ilmoittautumisesi on vastaanotettu", confirmation.Subject);
        Assert.Contains("Hei Maija Meikäläinen,", confirmation.TextBody, StringComparison.Ordinal);
        Assert.Contains("osallistujien määräksi 3.", confirmation.TextBody, StringComparison.Ordinal);
        Assert.Equal("noreply@participation.example", Assert.Single(confirmation.From.Mailboxes).Address);

        var organiser = Assert.Single(smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address == "tilaisuudet@participation.example"));
        Assert.Equal("Uusi ilmoittautuminen: Maija Meikäläinen", organiser.Subject);
        Assert.Equal("maija@example.fi", Assert.Single(organiser.ReplyTo.Mailboxes).Address);
        Assert.Contains("Taho: Kylätoimikunta", organiser.TextBody, StringComparison.Ordinal);

        var statuses = await site.Services.GetRequiredService<WorkflowStatus>().ForEntryAsync(entryId);
        Assert.Equal(["Vahvistus ilmoittautujalle", "Tieto järjestäjälle"], statuses.Select(s => s.WorkflowName));
        Assert.All(statuses, s => Assert.Equal(WorkflowRunState.Done, s.State));
        Assert.Equal(
            statuses.Select(s => $"task-{s.TaskId}-{entryId:N}@participation.site").Order(),
            smtp.Messages.Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task ThePickupFolderTransportWritesEachMailAsAnEmlFile()
    {
        await using var site = new SiteFactory();

        await site.SubmitAsync(await site.MailingRegistrationFormAsync(), FormsOnSite.Registration("Pekka Pickup", "pekka@example.fi"));
        await site.SettleAsync();

        var files = Directory.GetFiles(site.MailFolder);
        Assert.Equal(2, files.Length);
        Assert.All(files, f => Assert.EndsWith(".eml", f, StringComparison.Ordinal));
        var subjects = files.Select(f => MimeMessage.Load(f).Subject).Order(StringComparer.Ordinal);
        Assert.Equal(["Ilmoittautumisesi on vastaanotettu", "Uusi ilmoittautuminen: Pekka Pickup"], subjects);
    }

    [Fact]
    public async Task FeedbackWithoutAnAddressSendsTheOrganiserMailAndNotesTheSkippedConfirmation()
    {
        await using var site = new SiteFactory();

        var entryId = await site.SubmitAsync(FormsOnSite.Feedback, new() { ["message"] = ["Sivun kontrasti on heikko."], ["consent"] = ["true"] });
        await site.SettleAsync();

        var mail = MimeMessage.Load(Assert.Single(Directory.GetFiles(site.MailFolder)));
        Assert.Equal("saavutettavuus@participation.example", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Empty(mail.ReplyTo);
        var skipped = Assert.Single(await site.Services.GetRequiredService<WorkflowStatus>().ForEntryAsync(entryId), s => s.WorkflowName == "Kuittaus palautteen antajalle");
        Assert.Equal(WorkflowRunState.Done, skipped.State);
        Assert.Equal(0, skipped.Attempts);
        Assert.Contains("No valid recipient", skipped.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALineBreakInAnAnswerCannotAddAHeaderAndPlaceholdersShowCaptions()
    {
        await using var site = new SiteFactory();
        var form = TestForms.Form(
            "headerInjection",
            [
                TestForms.Field("topic", FieldTypes.LongAnswer),
                TestForms.Field("email", FieldTypes.Email),
                TestForms.Field("choices", FieldTypes.MultipleChoice, new PreValue("a", "Alfa"), new PreValue("b", "Beeta")),
            ],
            TestForms.Workflow(WorkflowTypes.SendEmail, WorkflowStage.Submit,
                ("to", "{email}"), ("replyTo", "{email}"), ("subject", "Aihe: {topic}"), ("message", "{choices}|{form.name}|{entry.id}|{noSuchField}|")));
        await site.SaveFormAsync(form);

        var entryId = await site.SubmitAsync(form.Id, new()
        {
            ["topic"] = ["Hei\r\nBcc: uhri@example.com\r\nX-Injected: yes"],
            ["email"] = ["lahettaja@example.fi"],
            ["choices"] = ["a", "b"],
        });
        await site.SettleAsync();

        var file = Assert.Single(Directory.GetFiles(site.MailFolder));
        var mail = MimeMessage.Load(file);
        Assert.Equal("Aihe: Hei Bcc: uhri@example.com X-Injected: yes", mail.Subject);
        Assert.Empty(mail.Bcc);
        Assert.DoesNotContain(mail.Headers, h => h.Field == "X-Injected");
        Assert.DoesNotContain(File.ReadAllLines(file), line => line.StartsWith("Bcc:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("X-Injected:", StringComparison.OrdinalIgnoreCase));
        Assert.Equal($"Alfa, Beeta|Testilomake headerInjection|{entryId}||", mail.TextBody?.TrimEnd());
    }

    [Fact]
    public async Task ARowWhoseEntryWasDeletedIsMarkedDoneWithoutSending()
    {
        await using var site = new SiteFactory();

        // The rows of an entry that is gone (deleted between its commit and the processor's turn), written directly so
        // that no running processor can send them first.
        var form = await site.FormAsync(await site.MailingRegistrationFormAsync());
        await using (var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext())
        {
            var now = site.Clock.GetUtcNow().UtcDateTime;
            var gone = Guid.NewGuid();
            db.Set<WorkflowTask>().AddRange(form.Workflows.Where(w => w.Stage == WorkflowStage.Submit).Select(w => new WorkflowTask
            {
                EntryId = gone, FormId = form.Id, WorkflowId = w.Id, WorkflowType = w.Type, Stage = w.Stage, CreatedUtc = now, NextAttemptUtc = now,
            }));
            await db.SaveChangesAsync();
        }

        await site.SettleAsync();

        Assert.False(Directory.Exists(site.MailFolder) && Directory.EnumerateFiles(site.MailFolder).Any());
        var tasks = await site.TasksAsync();
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(("The entry was deleted.", 0), (t.Note, t.Attempts)));
        Assert.All(tasks, t => Assert.NotNull(t.DoneUtc));
    }
}
