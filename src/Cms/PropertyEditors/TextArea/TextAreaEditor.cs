using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

internal sealed class TextAreaEditor(EngineText text) : TextBoxEditor(text)
{
    public override string Alias => "Umbraco.TextArea";

    public override QueryValueKind? QueryKind => QueryValueKind.Text;

    public override string EditView => View("TextArea");

    protected override int DefaultMaxChars => 10_000;

    // Line breaks are the text's paragraphs; the Delivery API keeps them as \n.
    protected override string Normalize(string value) => value.ReplaceLineEndings("\n");
}
