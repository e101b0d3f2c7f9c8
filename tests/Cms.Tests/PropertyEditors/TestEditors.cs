using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.ContentTypes;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Site;
using Participation.Cms.Text;

namespace Participation.Cms.Tests.PropertyEditors;

/// <summary>Every editor of the engine, built as the host builds them, for tests that need no database.</summary>
internal static class TestEditors
{
    public static readonly PropertyEditorCollection All = Create();

    public static PropertyType Property(string editor, JsonObject? config = null) =>
        new() { Alias = "x", Name = "X", Editor = editor, Config = config ?? [] };

    public static ModelContext Models(params ContentType[] types) =>
        new(types.ToDictionary(t => t.Alias, StringComparer.Ordinal), All);

    private static PropertyEditorCollection Create()
    {
        var services = new ServiceCollection();
        services.AddSingleton<EngineText>();
        services.AddSingleton(new SiteOptions());
        // Parsing and converting never search; the search tests use a real database.
        services.AddSingleton(new DraftNodeSearch(null!));
        foreach (var editor in typeof(PropertyEditor).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PropertyEditor)) && !t.IsAbstract))
        {
            services.AddSingleton(typeof(PropertyEditor), editor);
        }

        services.AddSingleton<PropertyEditorCollection>();
        return services.BuildServiceProvider().GetRequiredService<PropertyEditorCollection>();
    }
}
