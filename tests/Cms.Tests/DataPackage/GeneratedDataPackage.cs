using System.Text.Json.Nodes;
using Participation.Cms.Tests.Infrastructure;

namespace Participation.Cms.Tests.DataPackage;

/// <summary>The repository's data package with <c>count</c> generated news articles added to its news list.</summary>
internal static class GeneratedDataPackage
{
    public static string Write(int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), "participation-tests", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(RepositoryData.Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(RepositoryData.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var news = JsonNode.Parse(File.ReadAllText(NewsFile(folder)))!.AsObject();
        var children = news["children"]!.AsArray();
        foreach (var key in Keys(count))
        {
            children.Add(new JsonObject
            {
                ["key"] = key.ToString(),
                ["contentType"] = "newsArticle",
                ["values"] = new JsonObject { ["publishDate"] = "2026-01-02T09:00:00+02:00" },
                ["cultures"] = new JsonObject
                {
                    ["fi"] = Culture("Uutinen", "Tiivistelmä"),
                    ["sv"] = Culture("Nyhet", "Sammandrag"),
                },
            });
        }

        File.WriteAllText(NewsFile(folder), news.ToJsonString());
        return folder;
    }

    /// <summary>The generated items' keys, in the order the import creates them.</summary>
    public static IEnumerable<Guid> Keys(int count) => Enumerable.Range(1, count).Select(i => new Guid(i, 0x7e57, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 2));

    public static string NewsFile(string folder) => Path.Combine(folder, "content", "001-uutiset.json");

    private static JsonObject Culture(string name, string summary) => new()
    {
        ["name"] = name,
        ["segment"] = name.ToLowerInvariant(),
        ["published"] = true,
        ["values"] = new JsonObject { ["summary"] = summary, ["body"] = $"<p>{summary}</p>" },
    };
}
