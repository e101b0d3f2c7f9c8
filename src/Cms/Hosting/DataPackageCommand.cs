using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.DataPackage;

namespace Participation.Cms.Hosting;

public static class DataPackageCommand
{
    /// <summary>
    /// Handles <c>export-data &lt;dir&gt;</c>: writes the database as an <c>umbraco-data</c> folder and exits; and
    /// <c>rebuild-search</c> (<see cref="Search.RebuildSearchCommand"/>).
    /// Returns false when the arguments are not a command, so the site runs as usual.
    /// </summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args is [Search.RebuildSearchCommand.Name])
        {
            await Search.RebuildSearchCommand.RunAsync(app);
            return true;
        }

        if (args.Length == 0 || args[0] != "export-data")
        {
            return false;
        }

        if (args.Length != 2)
        {
            await Console.Error.WriteLineAsync("Usage: export-data <directory>");
            Environment.ExitCode = 2;
            return true;
        }

        await app.Services.GetRequiredService<CmsStartup>().InitializeAsync();
        var directory = Path.GetFullPath(args[1]);
        await app.Services.GetRequiredService<DataPackageService>().ExportAsync(directory);
        Console.WriteLine($"Exported site data to {directory}");
        return true;
    }
}
