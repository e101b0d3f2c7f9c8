using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Participation.Bench;

/// <summary>
/// A copy of the repository's <c>umbraco-data/</c> with generated items added under its news list, blog, association
/// directory and partnership tables (a quarter each): what a large site's export looks like, for timing its import.
/// </summary>
internal static class GeneratedPackage
{
    private static readonly (string File, string Type)[] Sections =
    [
        ("001-uutiset.json", "newsArticle"),
        ("002-blogi.json", "blogPost"),
        ("003-yhdistykset.json", "association"),
        ("004-kumppanuuspoydat.json", "partnershipTable"),
    ];

    public static async Task WriteAsync(string source, string target, int count)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        for (var s = 0; s < Sections.Length; s++)
        {
            var (fileName, type) = Sections[s];
            var path = Path.Combine(target, "content", fileName);
            var section = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
            var children = section["children"]!.AsArray();
            for (var i = s; i < count; i += Sections.Length)
            {
                children.Add(Item(type, i, children.Count));
            }

            await File.WriteAllTextAsync(path, section.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        }
    }

    private static JsonObject Item(string type, int i, int sortOrder)
    {
        var key = new Guid(i + 1, 0x7e57, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 1).ToString();
        var date = DateTimeOffset.UtcNow.AddMinutes(-i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var text = $"Generoitu teksti {i} asukkaiden osallistumisesta ja kumppanuuspöydistä.";
        return type switch
        {
            "association" => Node(key, type, sortOrder,
                new JsonObject { ["summary"] = text, ["municipality"] = "Kouvola", ["themes"] = new JsonArray("asukastoiminta") },
                Culture("fi", $"Generoitu yhdistys {i}", $"generoitu-yhdistys-{i}", [])),
            "partnershipTable" => Node(key, type, sortOrder,
                new JsonObject { ["startTime"] = $"@today+{i % 300}d 17:30", ["endTime"] = $"@today+{i % 300}d 19:30", ["capacity"] = 30 },
                Culture("fi", $"Kumppanuuspöytä {i}", $"kumppanuuspoyta-{i}", [("theme", text)]),
                Culture("sv", $"Partnerskapsbord {i}", $"partnerskapsbord-{i}", [("theme", $"Genererad text {i}.")])),
            _ => Node(key, type, sortOrder,
                type == "blogPost"
                    ? new JsonObject { ["publishDate"] = date, ["authorName"] = "Generoitu kirjoittaja", ["tags"] = new JsonArray("Kouvola") }
                    : new JsonObject { ["publishDate"] = date, ["tags"] = new JsonArray("Kouvola") },
                Culture("fi", $"Generoitu {type} {i}", $"generoitu-{i}", [("summary", text), ("body", $"<p>{text}</p>")]),
                Culture("sv", $"Genererad {type} {i}", $"genererad-{i}", [("summary", $"Genererad text {i}."), ("body", $"<p>Genererad text {i}.</p>")])),
        };
    }

    private static JsonObject Node(string key, string type, int sortOrder, JsonObject values, params (string Culture, JsonObject Variant)[] cultures)
    {
        var variants = new JsonObject();
        foreach (var (culture, variant) in cultures)
        {
            variants[culture] = variant;
        }

        return new JsonObject
        {
            ["key"] = key,
            ["contentType"] = type,
            ["sortOrder"] = sortOrder,
            ["values"] = values,
            ["cultures"] = variants,
            ["children"] = new JsonArray(),
        };
    }

    private static (string, JsonObject) Culture(string culture, string name, string segment, (string Alias, string Value)[] values)
    {
        var bag = new JsonObject();
        foreach (var (alias, value) in values)
        {
            bag[alias] = value;
        }

        return (culture, new JsonObject { ["name"] = name, ["segment"] = segment, ["published"] = true, ["values"] = bag });
    }
}
