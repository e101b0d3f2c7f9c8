using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Extensions.Sharing.StructuredData;

namespace Participation.Extensions.Sharing;

public static class SharingServiceCollectionExtensions
{
    /// <summary>
    /// Pages that share well: absolute canonical and hreflang links, Open Graph and X cards with an image for every
    /// page, a meta description everywhere, and schema.org JSON-LD (articles, events, organisations, breadcrumbs).
    /// </summary>
    public static WebApplicationBuilder AddSharing(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ShareCards>();
        builder.Services.AddSingleton<PageStructuredData>();
        return builder;
    }
}
