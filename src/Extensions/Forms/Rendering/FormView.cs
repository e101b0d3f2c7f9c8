using Participation.Cms.Routing;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Validation;

namespace Participation.Extensions.Forms.Rendering;

/// <summary>
/// A form as one page shows it: empty, or again after a post with the answers and the messages next to their fields,
/// or the thank-you after it was sent. Ids are derived from the form's alias so two forms on one page never collide.
/// </summary>
public sealed class FormView(FormDefinition form, ContentPage? page, string culture)
{
    public FormDefinition Form { get; } = form;

    /// <summary>The page the form posts to; none in the builder's preview, which never posts.</summary>
    public ContentPage? Page { get; } = page;

    public string Culture { get; } = culture;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>The page of a multi-page form being shown; <see cref="Form"/>.Pages.Count is the summary step.</summary>
    public int Step { get; init; }

    public bool Sent { get; init; }

    /// <summary>A random key per rendering: a double click sends it twice and the second finds the first entry.</summary>
    public string IdempotencyKey { get; init; } = Guid.NewGuid().ToString("N");

    /// <summary>When the form was rendered, protected so it cannot be back-dated: posts faster than a person are dropped.</summary>
    public string RenderedToken { get; init; } = "";

    public string HoneypotName => FormSpamGuard.HoneypotName(Form);

    public string Anchor => "form-" + Form.Alias;

    public string Id(FormField field) => $"{Form.Alias}-{field.Alias}";

    public bool IsMultiPage => Form.Pages.Count > 1;

    public bool IsSummary => IsMultiPage && Step >= Form.Pages.Count;

    public bool IsLastStep => !IsMultiPage || (Form.ShowSummaryPage ? IsSummary : Step == Form.Pages.Count - 1);

    public bool HasUploads => Form.Fields.Any(f => f.Type == FieldTypes.FileUpload);

    public IReadOnlyList<FieldError> ErrorsFor(FormField field) =>
        Errors.Where(e => string.Equals(e.Alias, field.Alias, StringComparison.OrdinalIgnoreCase)).ToList();

    public IReadOnlyList<string> ValuesOf(FormField field) =>
        Values.TryGetValue(field.Alias, out var v) ? v : field.Setting("defaultValue") is { } d ? [d] : [];

    public string ValueOf(FormField field) => ValuesOf(field).FirstOrDefault() ?? "";

    public bool IsChosen(FormField field, string value) => ValuesOf(field).Contains(value, StringComparer.Ordinal);

    /// <summary>Fields of the pages not shown in this step, carried as hidden inputs so a form without script keeps its answers.</summary>
    public IEnumerable<FormField> CarriedFields =>
        IsMultiPage
            ? Form.Pages.Where((_, i) => i != Step).SelectMany(p => p.Fieldsets).SelectMany(s => s.Columns).SelectMany(c => c.Fields)
                .Where(f => f.TakesValue && f.Type != FieldTypes.FileUpload)
            : [];
}
