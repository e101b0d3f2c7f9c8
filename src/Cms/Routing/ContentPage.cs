using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Routing;

/// <summary>A content item rendered in one culture. Templates read values and navigate through it without naming the culture or snapshot each time.</summary>
public class ContentPage(PageContext context) : PageModel(context.Culture, context.Snapshot)
{
    public PageContext Context { get; } = context;

    public PublishedContent Content { get; } = context.Content;

    public override PublishedContent? Current => Content;

    /// <summary>
    /// Where to send the browser instead of showing the page (303): the same page once a link's token has moved into
    /// a cookie (<see cref="Security.LinkTokenCookie"/>).
    /// </summary>
    public string? SeeOther { get; init; }

    /// <summary>A plain content page (an article, a blog post, a text page) is its item in its culture; a page type of its own opts in by overriding.</summary>
    public override string? FragmentKey => GetType() == typeof(ContentPage) ? ItemKey : null;

    /// <summary>This item in this culture, made once per request: the start of every part key of a page type that opts in.</summary>
    protected string ItemKey => itemKey ??= $"{Content.Key:N}|{Culture}";

    private string? itemKey;

    public string Name => Content.Name(Culture);

    public string? Url => Content.Url(Culture);

    public override IReadOnlyDictionary<string, string> AlternateUrls =>
        Content.Cultures.Where(c => c.Value.Url is not null).ToDictionary(c => c.Key, c => c.Value.Url!);

    public PublishedContent? Parent => Snapshot.Parent(Content);

    public T? Value<T>(string alias) => Content.Value<T>(alias, Culture);

    public bool HasValue(string alias) => Content.HasValue(alias, Culture);

    public PublishedContent? Picked(string alias) => Snapshot.Picked(Content, alias, Culture);

    public IReadOnlyList<PublishedContent> PickedMany(string alias) => Snapshot.PickedMany(Content, alias, Culture);

    public PublishedMedia? Image(string alias) => Snapshot.Media(Content, alias, Culture).FirstOrDefault();

    public IReadOnlyList<PublishedElement> Blocks(string alias) => Content.Value<List<PublishedElement>>(alias, Culture) ?? [];

    public IReadOnlyList<Link> Links(string alias) => Content.Value<Link[]>(alias, Culture) ?? [];

    /// <summary>
    /// Children that have a page to link to (in this culture, else in another), kept with the snapshot: a view lists
    /// them without filtering every child on every request.
    /// </summary>
    public IReadOnlyList<PublishedContent> RoutableChildren(string? contentType = null) =>
        Snapshot.Kept($"routable-children|{Content.Id}|{Culture}|{contentType}", () =>
            Snapshot.Children(Content).Where(c => (contentType is null || c.ContentTypeAlias == contentType) && RoutableUrl(c) is not null).ToArray());

    /// <summary>One page (<c>sivu</c>) of <see cref="RoutableChildren"/>, for a section that lists its items.</summary>
    public PageSlice<PublishedContent> RoutableChildrenPage(string contentType, int pageSize) =>
        PageSlice<PublishedContent>.From(RoutableChildren(contentType), pageSize, Context.Http.Request);

    /// <summary>This page's address showing page <paramref name="page"/> of its list.</summary>
    public string ChildrenPageUrl(int page) => PageSlice<object>.Url(Url, page);
}
