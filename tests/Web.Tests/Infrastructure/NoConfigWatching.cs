using System.Runtime.CompilerServices;

namespace Participation.Web.Tests.Infrastructure;

/// <summary>
/// The suite starts a few hundred sites in one process; each would watch its appsettings files for changes with an
/// inotify instance, and Linux allows 128 per user by default, so later sites failed to start. Tests never edit the
/// files, so no site in this process watches them (a host setting read before any site is built). The web root's file
/// provider (behind asp-append-version) watched with inotify too, and once the suite grew past the limit, pages of
/// the sites started last answered 500: file providers here poll instead, when asked, with no watcher of their own.
/// </summary>
internal static class NoConfigWatching
{
    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
