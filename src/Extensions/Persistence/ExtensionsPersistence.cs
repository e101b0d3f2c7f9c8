using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Participation.Cms.Hosting;

namespace Participation.Extensions.Persistence;

public static class ExtensionsPersistence
{
    /// <summary>The add-ons' database (on the engine's connection, migrated at start after the engine's). Call once, before the add-ons.</summary>
    public static WebApplicationBuilder AddExtensionsDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<ExtensionsDatabase>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDatabaseMigrator, ExtensionsDatabase>(sp => sp.GetRequiredService<ExtensionsDatabase>()));
        return builder;
    }
}
