using Participation.Cms.PublishedCache;

namespace Participation.Extensions.Feeds.Syndication;

/// <summary>The two article lists that have feeds: news (<c>newsList</c> of <c>newsArticle</c>) and the blog.</summary>
internal sealed record ArticleList(string Name, string ListType, string ItemType)
{
    public static readonly ArticleList[] All = [new("news", "newsList", "newsArticle"), new("blog", "blog", "blogPost")];

    public static ArticleList? Named(string name) => All.FirstOrDefault(l => l.Name == name);

    public PublishedContent? Find(PublishedSnapshot snapshot) => snapshot.OfType(ListType).FirstOrDefault();
}
