using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Forms;

public sealed class ChangeStateWorkflowTests
{
    [Fact]
    public async Task AChangeStateWorkflowApprovesTheEntryAndItsApproveStageMailIsSentOnce()
    {
        await using var site = new SiteFactory();
        var form = TestForms.Form(
            "autoApprove",
            [TestForms.Field("email", FieldTypes.Email)],
            TestForms.Workflow(WorkflowTypes.ChangeState, WorkflowStage.Submit, ("state", "approved")),
            TestForms.Workflow(WorkflowTypes.ChangeState, WorkflowStage.Approve, ("state", "approved")),
            TestForms.Workflow(WorkflowTypes.SendEmail, WorkflowStage.Approve, ("to", "{email}"), ("subject", "Hyväksytty")));
        await site.SaveFormAsync(form with { ManualApproval = true });

        var entryId = await site.SubmitAsync(form.Id, new() { ["email"] = ["hakija@example.fi"] });
        await site.SettleAsync();

        await using (var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext())
        {
            var entry = await db.Set<FormEntry>().FindAsync(entryId);
            Assert.Equal((FormEntryState.Approved, "workflow"), (entry!.State, entry.StateChangedBy));
        }

        var mail = MimeMessage.Load(Assert.Single(Directory.GetFiles(site.MailFolder)));
        Assert.Equal("Hyväksytty", mail.Subject);
        var statuses = await site.Services.GetRequiredService<WorkflowStatus>().ForEntryAsync(entryId);
        Assert.Equal(
            [(WorkflowStage.Submit, WorkflowTypes.ChangeState, (string?)null), (WorkflowStage.Approve, WorkflowTypes.ChangeState, "The entry was approved already."), (WorkflowStage.Approve, WorkflowTypes.SendEmail, null)],
            statuses.Select(s => (s.Stage, s.WorkflowType, s.Note)));
        Assert.All(statuses, s => Assert.Equal(WorkflowRunState.Done, s.State));
    }
}
