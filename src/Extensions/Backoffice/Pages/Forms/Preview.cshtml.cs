using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.Forms.Builder;
using Participation.Extensions.Forms.Rendering;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>
/// The stored form as visitors see it, every page at once, through the public site's own field partial. The public
/// form's frame (its post to a content page, the spam checks) is left out: a preview never posts.
/// </summary>
[Authorize(Policy = FormsPolicies.BuildForms)]
public sealed class PreviewModel(FormBuilder builder, SiteOptions site) : BuilderPageModel(builder)
{
    public FormView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        View = new FormView(Form, null, site.DefaultCulture);
        return Page();
    }
}
