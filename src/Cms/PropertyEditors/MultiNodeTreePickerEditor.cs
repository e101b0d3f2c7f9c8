namespace Participation.Cms.PropertyEditors;

internal sealed class MultiNodeTreePickerEditor : ContentPickerEditor
{
    public override string Alias => "Umbraco.MultiNodeTreePicker";

    protected override bool Single => false;
}
