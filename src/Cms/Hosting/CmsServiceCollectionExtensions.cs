using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.DataPackage;
using Participation.Cms.Jobs;
using Participation.Cms.Media;
using Participation.Cms.Notifications;
using Participation.Cms.PageCache;
using Participation.Cms.Persistence;
using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;
using Participation.Cms.Routing.Redirects;
using Participation.Cms.Search;
using Participation.Cms.Security.Malware;
using Participation.Cms.Site;
using Participation.Cms.Text;
using Microsoft.Extensions.Options;

namespace Participation.Cms.Hosting;

public static class CmsServiceCollectionExtensions
{
    /// <summary>The CMS engine: database, content types and editors, content and media, published snapshot, public routing.</summary>
    public static WebApplicationBuilder AddCms(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var root = builder.Environment.ContentRootPath;
        services.AddOptions<CmsOptions>().BindConfiguration("Cms");
        services.AddOptions<DatabaseOptions>().BindConfiguration("Cms:Database").Configure<IConfiguration>((options, configuration) =>
        {
            options.ConnectionString = configuration.GetConnectionString("Cms")
                ?? $"Data Source={Path.Combine(root, "App_Data", "participation.db")};Default Timeout=30";
            options.MigrationConnectionString = configuration.GetConnectionString("CmsMigrations") is { Length: > 0 } migrations ? migrations : null;
        });
        services.AddOptions<SiteOptions>().BindConfiguration("Cms:Site").PostConfigure<IConfiguration>(SiteOptions.UseConfiguredCultures).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SiteOptions>>().Value);
        services.AddSingleton<EngineText>();
        services.AddSingleton(sp =>
        {
            var media = sp.GetRequiredService<IConfiguration>().GetSection("Cms:Media").Get<MediaOptions>() ?? new MediaOptions();
            media.Folder = Path.GetFullPath(media.Folder, root);
            media.CacheFolder = Path.GetFullPath(media.CacheFolder, root);
            return media;
        });

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CmsDatabase>();
        services.AddSingleton<SchemaMigrations>();
        services.AddChanges();
        services.AddPageCache();
        services.AddSingleton<UnitOfWorkProvider>();
        services.AddPropertyEditors();
        services.AddSingleton<ContentTypeService>();
        services.AddSingleton<DocumentValidator>();
        services.AddSingleton<ContentService>();
        services.AddSingleton<ContentTreeService>();
        services.AddSingleton<IMediaStore>(sp => new DiskMediaStore(sp.GetRequiredService<MediaOptions>().Folder));
        services.AddMalwareScanning();
        services.AddSingleton<MediaService>();
        services.AddSingleton<MediaLibrary>();
        services.AddSingleton<ImageResizer>();
        services.AddSingleton<MediaRateLimiter>();
        services.AddSingleton<PublishedSnapshotService>();
        services.AddNotificationHandler<ResetContentTypesOnChange>(HandlerStage.ContentTypes);
        services.AddNotificationHandler<RefreshSnapshotOnContentChange>(HandlerStage.PublishedSnapshot);
        services.AddNotificationHandler<RefreshDraftsOnContentChange>(HandlerStage.PublishedSnapshot);
        services.AddSearch();
        services.AddSingleton<RouteResolver>();
        services.AddSingleton<RedirectRecorder>();
        services.AddSingleton<RedirectTable>();
        services.AddNotificationHandler<ReloadRedirectsOnContentChange>(HandlerStage.PublishedSnapshot);
        services.AddSingleton<PageRenderer>();

        services.AddSingleton<IDataPackagePart, ContentTypesPart>();
        services.AddSingleton<IDataPackagePart, MediaPart>();
        services.AddSingleton<IDataPackagePart, ContentPart>();
        services.AddSingleton<DataPackageService>();
        services.AddSingleton<CmsReadiness>();
        services.AddSingleton<CmsStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<CmsStartup>());

        // jQuery-style keys (a[b][c]) are not posted by anything here, and their parser throws on a key like "a[":
        // without it, such a key is just an unknown field.
        services.AddControllersWithViews(options =>
        {
            options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
            options.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
        }).AddApplicationPart(typeof(RenderController).Assembly);
        return builder;
    }

    public static WebApplication MapCms(this WebApplication app)
    {
        app.MapMedia();
        app.MapFallbackToController(nameof(RenderController.Render), "Render");
        return app;
    }

    /// <summary>The change pipeline: instruction log, the applier every node runs, the outbox and the log's pruning.</summary>
    private static void AddChanges(this IServiceCollection services)
    {
        services.AddOptions<ChangeOptions>().BindConfiguration("Cms:Changes").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<NotificationJson>();
        services.AddSingleton<ChangeLog>();
        services.AddSingleton<ChangeApplier>();
        services.AddHostedService<ChangeFollower>();
        services.AddSingleton<Leases>();
        services.AddSingleton<OutboxProcessor>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxProcessor>());
        services.AddSingleton<InstructionPruner>();
        services.AddHostedService(sp => sp.GetRequiredService<InstructionPruner>());
    }

    private static void AddPropertyEditors(this IServiceCollection services)
    {
        foreach (var editor in typeof(PropertyEditor).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PropertyEditor)) && !t.IsAbstract))
        {
            services.AddSingleton(typeof(PropertyEditor), editor);
        }

        services.AddSingleton<DraftNodeSearch>();
        services.AddSingleton<PropertyEditorCollection>();
    }
}
