using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Participation.Cms.Backoffice.Text;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.Forms.Builder;
using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>The builder: a form's settings and its pages, fieldsets and fields, each change a plain POST.</summary>
[Authorize(Policy = FormsPolicies.BuildForms)]
public sealed class EditModel(FormBuilder builder, BackofficeText text) : BuilderPageModel(builder)
{
    public FormSettingsInput Settings { get; private set; } = new();

    /// <summary>The page, fieldset or field (or the form itself) whose deletion is being confirmed.</summary>
    public Guid? Deleting { get; private set; }

    /// <summary>Captions as posted by a refused rename or add, shown back instead of the stored ones.</summary>
    public Dictionary<string, string> Posted { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, Guid? delete)
    {
        if (!await LoadAsync(id, done))
        {
            return NotFound();
        }

        Deleting = delete;
        Settings = FormSettingsInput.From(Form);
        return Page();
    }

    public Task<IActionResult> OnPostSettingsAsync(Guid id, long version, FormSettingsInput settings)
    {
        Settings = settings;
        return ChangeAsync(id, version, f => settings.ApplyTo(f, Errors, text["forms.builder.error.count"]));
    }

    public Task<IActionResult> OnPostAddPageAsync(Guid id, long version, string? caption) =>
        Keep(ChangeAsync(id, version, f => f.AddPage(caption?.Trim() ?? "")));

    public Task<IActionResult> OnPostRenamePageAsync(Guid id, long version, Guid item, string? caption)
    {
        Posted[BuilderKeys.Page(item)] = caption ?? "";
        return Keep(ChangeAsync(id, version, f => f.Pages.Any(p => p.Id == item) ? f.RenamePage(item, caption?.Trim() ?? "") : null));
    }

    public Task<IActionResult> OnPostAddFieldsetAsync(Guid id, long version, Guid item, string? caption)
    {
        var added = Guid.NewGuid();
        Posted["add-" + BuilderKeys.Fieldset(item)] = caption ?? "";
        return Keep(ChangeAsync(
            id,
            version,
            f => f.Pages.Any(p => p.Id == item) ? f.AddFieldset(item, caption?.Trim() ?? "", added) : null,
            errorKey: Rename(BuilderKeys.Fieldset(added), "add-" + BuilderKeys.Fieldset(item))));
    }

    public Task<IActionResult> OnPostRenameFieldsetAsync(Guid id, long version, Guid item, string? caption)
    {
        Posted[BuilderKeys.Fieldset(item)] = caption ?? "";
        return Keep(ChangeAsync(id, version, f => f.Pages.SelectMany(p => p.Fieldsets).Any(s => s.Id == item) ? f.RenameFieldset(item, caption?.Trim() ?? "") : null));
    }

    public Task<IActionResult> OnPostAddFieldAsync(Guid id, long version, Guid item, string? caption, string? alias, string? type)
    {
        var field = new FormField
        {
            Id = Guid.NewGuid(),
            Caption = caption?.Trim() ?? "",
            Alias = alias?.Trim() ?? "",
            Type = type ?? "",
            PreValues = FieldTypes.HasOptions(type ?? "") ? [new("1", text.Format("forms.builder.defaultOption", 1)), new("2", text.Format("forms.builder.defaultOption", 2))] : [],
        };
        var prefix = "add-" + BuilderKeys.Fieldset(item);
        (Posted[prefix + "-caption"], Posted[prefix + "-alias"], Posted[prefix + "-type"]) = (field.Caption, field.Alias, field.Type);
        return Keep(ChangeAsync(
            id,
            version,
            f => f.Pages.SelectMany(p => p.Fieldsets).Any(s => s.Id == item) ? f.AddField(item, field) : null,
            $"/umbraco/forms/{id}/fields/{field.Id}",
            Rename(BuilderKeys.Field(field.Id, ""), prefix + "-")));
    }

    public Task<IActionResult> OnPostMoveAsync(Guid id, long version, Guid item, string? direction) =>
        Keep(ChangeAsync(id, version, f => Contains(f, item) ? f.Move(item, direction == "up" ? -1 : 1) : null));

    public Task<IActionResult> OnPostDeleteAsync(Guid id, long version, Guid item) =>
        Keep(ChangeAsync(id, version, f => Contains(f, item) ? f.Remove(item) : null));

    public async Task<IActionResult> OnPostDeleteFormAsync(Guid id)
    {
        var outcome = await Builder.DeleteAsync(id, User.Identity!.Name!, HttpContext.RequestAborted);
        if (outcome.Succeeded)
        {
            return Redirect("/umbraco/forms?done=deleted");
        }

        return outcome.Status == BuilderStatus.Missing || !await LoadAsync(id) ? NotFound() : KeepSettings(Refuse(outcome.Errors));
    }

    private static bool Contains(FormDefinition form, Guid item) =>
        form.Pages.Any(p => p.Id == item || p.Fieldsets.Any(s => s.Id == item || s.Columns.Any(c => c.Fields.Any(x => x.Id == item))));

    // A refused structural change shows the stored settings, not an empty settings form.
    private async Task<IActionResult> Keep(Task<IActionResult> result) => KeepSettings(await result);

    private IActionResult KeepSettings(IActionResult result)
    {
        if (Draft is not null)
        {
            Settings = FormSettingsInput.From(Form);
        }

        return result;
    }
}
