using Participation.Cms.Backoffice.Editing;
using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Forms;

/// <summary>Offers the stored forms to the backoffice's form picker.</summary>
internal sealed class FormPickerOptions(FormCatalog forms) : IFormPickerOptions
{
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ListAsync(CancellationToken cancellationToken) =>
        (await forms.ListAsync(cancellationToken)).Select(f => (f.Id, f.Name)).ToList();
}
