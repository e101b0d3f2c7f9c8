using Microsoft.AspNetCore.Http;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Routing;

/// <summary>
/// Gives one content type a model of its own (a directory with filters and paging, an event with its deadline),
/// like an Umbraco render controller. Types without a builder get a plain <see cref="ContentPage"/>.
/// </summary>
public interface IPageModelBuilder
{
    string ContentType { get; }

    ContentPage Build(PublishedContent content, string culture, HttpContext http);
}
