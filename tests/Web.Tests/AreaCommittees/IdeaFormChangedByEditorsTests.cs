using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Extensions.AreaCommittees.Ideas;
using Participation.Extensions.Forms.Definitions;
using Participation.Web.Tests.Forms;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.AreaCommittees;

/// <summary>An idea is published by whatever approves its entry, not only by an editor's button.</summary>
public sealed class IdeaFormChangedByEditorsTests
{
    [Fact]
    public async Task AnIdeaApprovedByTheFormsChangeStateWorkflowAppearsAndOneSentToAnUnmoderatedFormAppearsAtOnce()
    {
        await using var site = new SiteFactory();
        var (moderatedByWorkflow, unmoderated) = (site.Areas()[0], site.Areas()[1]);
        var form = await site.FormAsync(SeededFormIds.IdeaSubmission);
        await SaveAsync(site, form with { Workflows = [.. form.Workflows, TestForms.Workflow(WorkflowTypes.ChangeState, WorkflowStage.Submit, ("state", "approved"))] });

        // The site's own processor may run the workflow before the settle does: either way it ran once settled.
        var approvedByWorkflow = await site.SendAsync(moderatedByWorkflow, "Hyväksytty työnkulussa");
        await site.SettleAsync();
        Assert.Contains("Hyväksytty työnkulussa", await site.ReadAsync(moderatedByWorkflow.Url("fi")!));

        await SaveAsync(site, form with { ManualApproval = false });
        var atOnce = await site.SendAsync(unmoderated, "Ilman moderointia");
        Assert.Contains("Ilman moderointia", await site.ReadAsync(unmoderated.Url("fi")!));

        Assert.Equal(IdeaStatus.New, (await site.IdeaAsync(approvedByWorkflow))!.Status);
        Assert.Equal(unmoderated.Key, (await site.IdeaAsync(atOnce))!.AreaKey);
        Assert.Equal(1, (await site.TotalsAsync(moderatedByWorkflow.Key))!.New);
    }

    private static async Task SaveAsync(SiteFactory site, FormDefinition form)
    {
        await using (var db = site.Db())
        {
            var record = await db.Set<FormDefinitionRecord>().SingleAsync(r => r.Id == form.Id);
            record.Document = FormDefinitionJson.Write(form);
            await db.SaveChangesAsync();
        }

        site.Services.GetRequiredService<FormCatalog>().Reset();
    }
}
