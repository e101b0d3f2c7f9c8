namespace Participation.Cms.PropertyEditors;

internal sealed class TextAreaEditor : TextBoxEditor
{
    public override string Alias => "Umbraco.TextArea";

    protected override int DefaultMaxChars => 10_000;

    protected override string Normalize(string text) => text.ReplaceLineEndings("\n");
}
