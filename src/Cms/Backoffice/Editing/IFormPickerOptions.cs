namespace Participation.Cms.Backoffice.Editing;

/// <summary>The forms an editor can pick; the forms add-on provides them (the engine knows no forms).</summary>
public interface IFormPickerOptions
{
    Task<IReadOnlyList<(Guid Id, string Name)>> ListAsync(CancellationToken cancellationToken);
}
