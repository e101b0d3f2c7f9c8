using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.Forms.Builder;
using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>One field's editor: caption, alias, help, validation, options, the type's settings and a condition.</summary>
[Authorize(Policy = FormsPolicies.BuildForms)]
public sealed class FieldModel(FormBuilder builder) : BuilderPageModel(builder)
{
    public FormField Field { get; private set; } = null!;

    public FieldInput Input { get; private set; } = new();

    public string Key(string input) => BuilderKeys.Field(Field.Id, input);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid fieldId, string? done)
    {
        if (!await LoadAsync(id, done) || Form.Fields.FirstOrDefault(f => f.Id == fieldId) is not { } field)
        {
            return NotFound();
        }

        (Field, Input) = (field, FieldInput.From(field));
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id, Guid fieldId, long version, FieldInput input)
    {
        Input = input;
        return ChangeAsync(id, version, form =>
        {
            if (form.Fields.FirstOrDefault(f => f.Id == fieldId) is not { } field)
            {
                return null;
            }

            Field = field;
            return form.ReplaceField(input.ApplyTo(field));
        });
    }
}
