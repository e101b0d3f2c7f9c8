using Participation.Cms.Site;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Routing;

/// <summary>Splits a request path into culture and route: <c>/sv/nyheter/</c> is Swedish <c>/nyheter/</c>; no prefix is Finnish.</summary>
public sealed class RouteResolver(SiteOptions site)
{
    public (string Culture, string Route) Split(string path)
    {
        var trimmed = path.Length == 0 ? "/" : path;
        foreach (var culture in site.Cultures.Where(c => c != site.DefaultCulture))
        {
            var prefix = "/" + culture;
            if (trimmed.Equals(prefix, StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase))
            {
                return (culture, trimmed.Length == prefix.Length ? "/" : trimmed[prefix.Length..]);
            }
        }

        return (site.DefaultCulture, trimmed);
    }

    public PublishedContent? Resolve(PublishedSnapshot snapshot, string path, out string culture)
    {
        (culture, var route) = Split(path);
        return snapshot.GetByRoute(culture, route);
    }
}
