using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Routing;

/// <summary>A content item rendered in one culture. Templates read values through it without naming the culture each time.</summary>
public class ContentPage(PublishedContent content, string culture) : PageModel(culture, content.Snapshot)
{
    public PublishedContent Content { get; } = content;

    public override PublishedContent? Current => Content;

    public string Name => Content.Name(Culture);

    public string? Url => Content.Url(Culture);

    public override IReadOnlyDictionary<string, string> AlternateUrls =>
        Content.Cultures.Where(c => c.Value.Url is not null).ToDictionary(c => c.Key, c => c.Value.Url!);

    public T? Value<T>(string alias) => Content.Value<T>(alias, Culture);

    public bool HasValue(string alias) => Content.HasValue(alias, Culture);

    public PublishedContent? Picked(string alias) => Content.Picked(alias, Culture);

    public IReadOnlyList<PublishedContent> PickedMany(string alias) => Content.PickedMany(alias, Culture);

    public PublishedMedia? Image(string alias) => Content.Media(alias, Culture).FirstOrDefault();

    public IReadOnlyList<PublishedElement> Blocks(string alias) => Content.Value<List<PublishedElement>>(alias, Culture) ?? [];

    public IReadOnlyList<Link> Links(string alias) => Content.Value<Link[]>(alias, Culture) ?? [];

    /// <summary>Children that exist in this page's culture (or, for invariant types, in the default one).</summary>
    public IEnumerable<PublishedContent> RoutableChildren(string? contentType = null) =>
        Content.Children.Where(c => (contentType is null || c.ContentTypeAlias == contentType) && RoutableUrl(c) is not null);

    /// <summary>The URL to link to an item from this page: in this culture when it has one, else in the default culture.</summary>
    public string? RoutableUrl(PublishedContent item) => item.Url(Culture) ?? item.Url("fi");
}
