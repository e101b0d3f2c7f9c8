namespace Participation.Cms.PropertyEditors;

/// <summary>
/// How the block list's script turns a block property's inputs into its JSON value: the same reading each editor's
/// <see cref="PropertyEditor.ReadForm"/> does with a post (one text, a yes/no, a list, named parts, link rows).
/// </summary>
internal static class BlockValueKind
{
    public static string Of(PropertyEditor editor, ContentTypes.PropertyType property) => editor switch
    {
        TrueFalseEditor => "flag",
        VenueEditor => "parts",
        MultiUrlPickerEditor => "links",
        PickerEditor picker when picker.IsMultiple(property) => "list",
        DropDownEditor when DropDownEditor.IsMultiple(property) => "list",
        _ => "text",
    };

    /// <summary>The names of a "parts" value's inputs (<c>{name}.{part}</c>), space-separated; null for other kinds.</summary>
    public static string? PartsOf(PropertyEditor editor) =>
        editor is VenueEditor ? string.Join(' ', VenueEditor.Parts.Select(p => p.Part)) : null;
}
