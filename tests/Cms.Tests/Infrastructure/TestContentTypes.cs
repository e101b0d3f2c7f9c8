using System.Text.Json.Nodes;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.Tests.Infrastructure;

/// <summary>A small site model for engine tests: a home page with articles below it.</summary>
public static class TestContentTypes
{
    public static readonly ContentType Home = new()
    {
        Alias = "home",
        Name = "Etusivu",
        AllowedAtRoot = true,
        VariesByCulture = true,
        AllowedChildren = ["article", "section"],
        Groups = [new PropertyGroup { Alias = "content", Name = "Sisältö", Properties = [Text("title", varies: true)] }],
    };

    public static readonly ContentType Section = new()
    {
        Alias = "section",
        Name = "Osio",
        VariesByCulture = true,
        AllowedChildren = ["article", "section"],
        Groups = [new PropertyGroup { Alias = "content", Name = "Sisältö", Properties = [Text("title", varies: true)] }],
    };

    public static readonly ContentType Article = new()
    {
        Alias = "article",
        Name = "Artikkeli",
        VariesByCulture = true,
        Groups =
        [
            new PropertyGroup
            {
                Alias = "content",
                Name = "Sisältö",
                Properties =
                [
                    Text("summary", varies: true) with { Mandatory = true },
                    new PropertyType { Alias = "body", Name = "Leipäteksti", Editor = "Umbraco.RichText", VariesByCulture = true },
                    new PropertyType { Alias = "publishDate", Name = "Julkaisuaika", Editor = "Umbraco.DateTime" },
                    new PropertyType { Alias = "tags", Name = "Aiheet", Editor = "Umbraco.Tags" },
                    new PropertyType { Alias = "count", Name = "Määrä", Editor = "Umbraco.Integer", Config = new JsonObject { ["min"] = 0, ["max"] = 10 } },
                ],
            },
        ],
    };

    public static async Task InstallAsync(CmsTestHost host)
    {
        foreach (var type in new[] { Home, Section, Article })
        {
            await host.ContentTypes.SaveAsync(type, "test");
        }
    }

    public static ContentDocument Document(string name, string? summary = null, string culture = "fi")
    {
        var document = new ContentDocument();
        var variant = new CultureVariant { Name = name };
        if (summary is not null)
        {
            variant.Values["summary"] = summary;
        }

        document.Cultures[culture] = variant;
        return document;
    }

    private static PropertyType Text(string alias, bool varies) =>
        new() { Alias = alias, Name = alias, Editor = "Umbraco.TextBox", VariesByCulture = varies };
}
