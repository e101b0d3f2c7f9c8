using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Participation.Extensions.Forms.Definitions;

/// <summary>
/// A form in the reader's language. Umbraco Forms leaves this to dictionary items; here a form carries its own
/// translations, keyed by the text as written, so the builder's edits of a field keep it translated where the text
/// did not change. Only texts change: ids, aliases, values, rules and settings stay, so an entry is the same whatever
/// the language it was sent in.
/// </summary>
public static class FormTranslations
{
    // A form page is rendered often and its definition changes rarely: each language's copy is made once per definition.
    private static readonly ConditionalWeakTable<FormDefinition, ConcurrentDictionary<string, FormDefinition>> Made = [];

    public static FormDefinition In(this FormDefinition form, string culture) =>
        form.Translations.TryGetValue(culture, out var texts) && texts.Count > 0
            ? Made.GetOrCreateValue(form).GetOrAdd(culture, _ => Translate(form, texts))
            : form;

    private static FormDefinition Translate(FormDefinition form, IReadOnlyDictionary<string, string> texts)
    {
        string T(string text) => texts.TryGetValue(text, out var translated) && translated.Length > 0 ? translated : text;
        return form with
        {
            Name = T(form.Name),
            SubmitLabel = T(form.SubmitLabel),
            NextLabel = T(form.NextLabel),
            PreviousLabel = T(form.PreviousLabel),
            MessageOnSubmit = T(form.MessageOnSubmit),
            Pages = [.. form.Pages.Select(p => p with
            {
                Caption = T(p.Caption),
                Fieldsets = [.. p.Fieldsets.Select(s => s with
                {
                    Caption = T(s.Caption),
                    Columns = [.. s.Columns.Select(c => c with
                    {
                        Caption = T(c.Caption),
                        Fields = [.. c.Fields.Select(f => f with
                        {
                            Caption = T(f.Caption),
                            HelpText = T(f.HelpText),
                            Placeholder = T(f.Placeholder),
                            RequiredErrorMessage = T(f.RequiredErrorMessage),
                            PatternInvalidErrorMessage = T(f.PatternInvalidErrorMessage),
                            PreValues = [.. f.PreValues.Select(v => v with { Caption = T(v.Caption) })],
                        })],
                    })],
                })],
            })],
        };
    }
}
