namespace Participation.Cms.Routing.Redirects;

/// <summary>
/// An address an item used to have (a culture's route below the site root), remembered when the item or an ancestor
/// was renamed or moved, so old links answer 301 to where it is now, as Umbraco's redirect tracking does.
/// </summary>
public sealed class RedirectRecord
{
    public int Id { get; set; }

    public string Culture { get; set; } = "";

    public string Route { get; set; } = "";

    public Guid NodeKey { get; set; }

    public DateTime CreatedAt { get; set; }
}
