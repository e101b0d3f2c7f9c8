namespace Participation.Web.Tests.Infrastructure;

/// <summary>Where the repository is, for tests that read its files (README, texts, the .http file).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Participation.Site.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Participation.Site.sln not found above the test output.");
    }
}
