using System.Security.Claims;
using Participation.Cms.Backoffice.Sections;
using Participation.Cms.Backoffice.Text;
using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Forms.Workflows;

/// <summary>Failed form workflows on the backoffice's front page too, where editors look first.</summary>
internal sealed class FailingWorkflowAlerts(FailingWorkflows failing, FormCatalog forms, BackofficeText text) : IBackofficeAlerts
{
    public async Task<IReadOnlyList<BackofficeAlert>> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var alerts = new List<BackofficeAlert>();
        foreach (var failure in await failing.ByFormAsync(cancellationToken))
        {
            var name = (await forms.GetAsync(failure.FormId, cancellationToken))?.Name ?? failure.FormId.ToString();
            alerts.Add(new BackofficeAlert(text.Format("forms.failing.entries", name, failure.Entries), $"/umbraco/forms/{failure.FormId}?failing=true"));
        }

        return alerts;
    }
}
