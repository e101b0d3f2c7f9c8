using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Validation;

namespace Participation.Extensions.Forms.Rendering;

/// <summary>One field of a <see cref="FormView"/>, with the input attributes its type asks for.</summary>
public sealed record FormFieldView(FormView View, FormField Field)
{
    /// <summary>Native inputs for e-mail, phone, date and time (keyboard-operable pickers, the right mobile keyboard).</summary>
    public static string InputType(FormField field) => field.Type switch
    {
        FieldTypes.Email => "email",
        FieldTypes.Phone => "tel",
        FieldTypes.Date => "date",
        FieldTypes.Time => "time",
        FieldTypes.ShortAnswer when field.Setting("fieldType") is "email" or "tel" or "url" => field.Setting("fieldType")!,
        _ => "text",
    };

    /// <summary>Numbers as text with a numeric keyboard: a native number input silently drops what it cannot parse.</summary>
    public static string? InputMode(FormField field) => field.Type == FieldTypes.Number ? "decimal" : null;

    public static string? Autocomplete(FormField field) => field.Setting("autocomplete") ?? field.Type switch
    {
        FieldTypes.Email => "email",
        FieldTypes.Phone => "tel",
        _ => null,
    };

    public static bool IsTicked(string value) => FormValidator.IsTicked(value);
}
