using Participation.Cms.PublishedCache;

namespace Participation.Cms.Routing;

/// <summary>What every public page knows: its culture and the snapshot it was rendered from.</summary>
public class PageModel(string culture, PublishedSnapshot snapshot)
{
    public string Culture { get; } = culture;

    public PublishedSnapshot Snapshot { get; } = snapshot;

    public PublishedContent? Home => Snapshot.Home;

    /// <summary>
    /// What this page's kept parts are filed under (<see cref="PageCache.KeptFragmentTagHelper"/>): everything that makes
    /// its head, menus and body differ from another page's. Null, the default, keeps none: a page whose parts change
    /// without a publish (places left at an event, bookings, ideas) or with the reader's query never opts in.
    /// </summary>
    public virtual string? FragmentKey => null;

    /// <summary>
    /// What the layout's own parts (head, header, menu, breadcrumbs) are filed under: <see cref="FragmentKey"/>, unless a
    /// page whose body reads the reader's query (search, the directory's facets) still has a layout that does not.
    /// </summary>
    public virtual string? LayoutKey => FragmentKey;

    /// <summary>The item being shown; null on the 404 page.</summary>
    public virtual PublishedContent? Current => null;

    /// <summary>
    /// The language of an item's text when it differs from the page's (a Finnish-only association listed on a Swedish page),
    /// for a <c>lang</c> attribute on that part; null when the item speaks the page's language.
    /// </summary>
    public string? LanguageOf(PublishedContent item) =>
        item.IsRoutable(Culture) || item.Cultures.ContainsKey(Culture) ? null : item.Cultures.Keys.FirstOrDefault();

    /// <summary>Where this page lives in every culture it has, for the language switch and hreflang links.</summary>
    public virtual IReadOnlyDictionary<string, string> AlternateUrls =>
        Home is null ? new Dictionary<string, string>() : Home.Cultures.Where(c => c.Value.Url is not null).ToDictionary(c => c.Key, c => c.Value.Url!);

    /// <summary>The query a language switch adds when it could not keep the reader's page: the target says so.</summary>
    public const string UntranslatedQuery = "kaannos=puuttuu";

    /// <summary>
    /// Where the language switch takes a reader of this page in <paramref name="culture"/>: the same page when it exists
    /// there, else its nearest ancestor that does (the home page at worst) marked with <see cref="UntranslatedQuery"/>,
    /// so the reader is told instead of silently landing somewhere else. Null when the site has no such language.
    /// </summary>
    public string? SwitchUrl(string culture)
    {
        if (AlternateUrls.TryGetValue(culture, out var same))
        {
            return same;
        }

        var nearest = (Current is null ? [] : Snapshot.Ancestors(Current)).Append(Home).FirstOrDefault(a => a?.Url(culture) is not null);
        return nearest is null ? null : $"{nearest.Url(culture)}?{UntranslatedQuery}";
    }

    /// <summary>The URL to link to an item from this page: in this culture when it has one, else in the site's default culture.</summary>
    public string? RoutableUrl(PublishedContent item) => item.Url(Culture) ?? item.Cultures.Values.Select(c => c.Url).FirstOrDefault(u => u is not null);

    public IReadOnlyList<PublishedContent> Children(PublishedContent item) => Snapshot.Children(item);

    public IReadOnlyList<PublishedMedia> Media(PublishedContent item, string alias) => Snapshot.Media(item, alias, Culture);
}
