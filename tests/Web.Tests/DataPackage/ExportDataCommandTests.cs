using System.Diagnostics;
using System.Text.Json.Nodes;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.DataPackage;

/// <summary>
/// The <c>export-data</c> command of the built site writes the database back as umbraco-data/, and importing that
/// into an empty database and exporting again gives the same files, forms and media included.
/// </summary>
public sealed class ExportDataCommandTests
{
    [Fact]
    public async Task ExportThenImportIntoAnEmptyDatabaseLosesNothing()
    {
        var first = Temp();
        var second = Temp();
        await using (var original = new SiteFactory())
        {
            _ = original.Snapshot; // starts the host: migrate and import umbraco-data/
            await RunExportAsync(original, first);
        }

        await using (var copy = new SiteFactory { DataFolder = first })
        {
            Assert.NotEmpty(copy.Snapshot.All);
            await RunExportAsync(copy, second);
        }

        var files = Files(first);
        Assert.Equal(files, Files(second));
        Assert.Contains(Path.Combine("forms", "eventRegistration.json"), files);
        Assert.Contains(Path.Combine("media", "media.json"), files);
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), $"{file} changed in the round trip");
        }
    }

    [Fact]
    public async Task TheExportHoldsTheRepositorysFormsAndContentTypesUnchanged()
    {
        var exported = Temp();
        await using var site = new SiteFactory();
        _ = site.Snapshot;
        await RunExportAsync(site, exported);

        foreach (var folder in new[] { "forms", "content-types" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryData(), folder)))
            {
                var original = JsonNode.Parse(File.ReadAllText(file));
                var copy = JsonNode.Parse(File.ReadAllText(Path.Combine(exported, folder, Path.GetFileName(file))));
                Assert.True(JsonNode.DeepEquals(Normalize(original, folder), Normalize(copy, folder)), $"{folder}/{Path.GetFileName(file)} differs");
            }
        }
    }

    [Fact]
    public async Task TheCommandWithoutADirectoryExplainsItselfAndFails()
    {
        await using var site = new SiteFactory();
        _ = site.Snapshot;

        var (code, output) = await RunAsync(site, "export-data");

        Assert.Equal(2, code);
        Assert.Contains("Usage: export-data <directory>", output);
    }

    // Content types are written back with every optional member present; compare what the file said.
    private static JsonNode? Normalize(JsonNode? node, string folder) =>
        folder == "content-types" ? JsonNode.Parse(Participation.Cms.ContentTypes.ContentTypeJson.Write(Participation.Cms.ContentTypes.ContentTypeJson.Parse(node!.ToJsonString()))) : node;

    private static async Task RunExportAsync(SiteFactory site, string directory)
    {
        var (code, output) = await RunAsync(site, "export-data", directory);
        Assert.True(code == 0, output);
    }

    private static async Task<(int Code, string Output)> RunAsync(SiteFactory site, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__Cms"] = site.ConnectionString;
        start.Environment["Cms__Media__Folder"] = site.MediaFolder;
        start.Environment["Cms__Search__Folder"] = Path.Combine(site.MediaFolder, "..", "search-export");
        start.Environment["Cms__DataFolder"] = RepositoryData();
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await error);
    }

    private static string RepositoryData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "umbraco-data", "content-types")))
            {
                return Path.Combine(dir.FullName, "umbraco-data");
            }
        }

        throw new DirectoryNotFoundException("umbraco-data/");
    }

    private static string Temp() => Path.Combine(Path.GetTempPath(), "participation-web-tests", Guid.NewGuid().ToString("N"));

    private static List<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
}
