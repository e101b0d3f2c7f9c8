using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.Hosting;
using Participation.Cms.Notifications;
using Participation.Extensions.Sharing.Images;
using Participation.Extensions.Sharing.Preview;
using Participation.Extensions.Sharing.StructuredData;

namespace Participation.Extensions.Sharing;

public static class SharingServiceCollectionExtensions
{
    /// <summary>
    /// Pages that share well: absolute canonical and hreflang links, Open Graph and X cards with an image for every
    /// page, a meta description everywhere, and schema.org JSON-LD (articles, events, organisations, breadcrumbs);
    /// share images drawn (or cropped from the page's photo) once per version of a page; a card preview on the edit page.
    /// </summary>
    public static WebApplicationBuilder AddSharing(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ShareCards>();
        builder.Services.AddSingleton<PageStructuredData>();
        builder.Services.AddSingleton<ShareImageStore>();
        builder.Services.AddSingleton<ShareImageRenderer>();
        builder.Services.AddSingleton<SharePhotoCropper>();
        builder.Services.AddSingleton<ShareImageMaker>();
        builder.Services.AddNotificationHandler<ForgetShareImagesOnContentChange>(HandlerStage.OutputCache);
        builder.Services.AddSingleton<IEditorPanel, SharePreviewPanel>();
        return builder;
    }

    /// <summary>The share images. Before the CMS's catch-all page route.</summary>
    public static WebApplication MapSharing(this WebApplication app)
    {
        app.MapShareImages();
        app.MapDraftShareImages();
        return app;
    }
}
