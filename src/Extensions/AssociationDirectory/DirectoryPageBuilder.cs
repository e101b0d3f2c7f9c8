using Participation.Cms.Routing;
using Participation.Cms.PageCache;

namespace Participation.Extensions.AssociationDirectory;

internal sealed class DirectoryPageBuilder(DirectorySearch search) : IPageModelBuilder
{
    public string ContentType => "directory";

    public Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken)
    {
        PageCache.DoNotStore(context.Http); // read from the search index, which follows the snapshot a moment later
        // An unknown facet value filters to nothing rather than failing: the page says so and offers the full list.
        var query = DirectoryQuery.From(context.Http.Request.Query);
        var result = search.Find(context.Snapshot, context.Content, query);
        return Task.FromResult<ContentPage>(new DirectoryPage(context) { Query = query with { Page = result.PageNumber }, Result = result });
    }
}
