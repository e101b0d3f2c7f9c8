using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.Forms.Builder;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>A new form: a name and an alias unique among forms, then on to the builder.</summary>
[Authorize(Policy = FormsPolicies.BuildForms)]
public sealed class CreateModel(FormBuilder builder) : PageModel
{
    public string? Name { get; private set; }

    public string? Alias { get; private set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? name, string? alias)
    {
        (Name, Alias) = (name?.Trim(), alias?.Trim());
        var outcome = await builder.CreateAsync(Name ?? "", Alias ?? "", User.Identity!.Name!, HttpContext.RequestAborted);
        if (outcome.Succeeded)
        {
            return Redirect($"/umbraco/forms/{outcome.Id}/edit?done=created");
        }

        Errors = outcome.Errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
