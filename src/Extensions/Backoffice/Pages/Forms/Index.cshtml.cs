using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>Every form with how many entries it has and when the newest came.</summary>
public sealed class IndexModel(FormCatalog forms, FormStatistics statistics, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<FormDefinition> Forms { get; private set; } = [];

    public IReadOnlyDictionary<Guid, FormStatistics.Summary> Summaries { get; private set; } = new Dictionary<Guid, FormStatistics.Summary>();

    public bool MayManage { get; private set; }

    public bool MayBuild { get; private set; }

    public bool Deleted { get; private set; }

    public async Task OnGetAsync(string? done)
    {
        Deleted = done == "deleted";
        MayBuild = await authorization.MayBuildFormsAsync(User);
        Forms = await forms.ListAsync(HttpContext.RequestAborted);
        Summaries = await statistics.SummariesAsync(HttpContext.RequestAborted);
        MayManage = await authorization.MayManageEntriesAsync(User);
    }
}
