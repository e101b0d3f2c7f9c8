using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Hosting;

namespace Participation.Cms.Search;

/// <summary>
/// <c>rebuild-search</c>: rebuilds this node's content index from the database with a progress bar, prints its health
/// and exits. Run it with the node stopped (the running node holds the index's write lock); a running node rebuilds
/// by itself when its index is missing, corrupt or of an older schema.
/// </summary>
internal static class RebuildSearchCommand
{
    public const string Name = "rebuild-search";

    public static async Task RunAsync(WebApplication app)
    {
        await app.Services.GetRequiredService<CmsStartup>().InitializeAsync();
        var content = app.Services.GetRequiredService<ContentIndex>();
        var total = content.ExpectedDocuments;
        var progress = new Progress<int>(done => Console.Write($"\r{Bar(done, total)} {done}/{total} documents"));
        await content.RebuildAsync(progress, CancellationToken.None);
        var health = content.Index.Health();
        Console.WriteLine();
        Console.WriteLine($"Index {health.Name}: {health.Documents} documents, {health.SizeBytes / 1024} KiB, last change {health.LastChange:u}");
        await content.DisposeAsync();
    }

    private static string Bar(int done, int total)
    {
        const int Width = 30;
        var filled = total == 0 ? Width : Math.Min(Width, done * Width / total);
        return "[" + new string('#', filled) + new string('-', Width - filled) + "]";
    }
}
