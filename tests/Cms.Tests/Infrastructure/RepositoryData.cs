namespace Participation.Cms.Tests.Infrastructure;

/// <summary>The repository's own umbraco-data/ folder, found by walking up from the test binaries.</summary>
public static class RepositoryData
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "umbraco-data");
            if (Directory.Exists(Path.Combine(candidate, "content-types")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("umbraco-data/ was not found above " + AppContext.BaseDirectory);
    }
}
