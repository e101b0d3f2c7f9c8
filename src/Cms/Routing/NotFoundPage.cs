using Participation.Cms.PublishedCache;

namespace Participation.Cms.Routing;

public sealed class NotFoundPage(string culture, PublishedSnapshot snapshot, string path) : PageModel(culture, snapshot)
{
    public string Path { get; } = path;
}
