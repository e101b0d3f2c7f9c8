using Participation.Cms.Site;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

internal sealed class MultiNodeTreePickerEditor(EngineText text, DraftNodeSearch search, SiteOptions site) : ContentPickerEditor(text, search, site)
{
    public override string Alias => "Umbraco.MultiNodeTreePicker";

    protected override bool Single => false;
}
