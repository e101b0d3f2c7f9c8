namespace Participation.Cms.Tests.PropertyEditors;

/// <summary>The repository the tests were built from, for tests that read the source itself.</summary>
internal static class RepositoryFolder
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

        throw new InvalidOperationException("Participation.Site.sln was not found above " + AppContext.BaseDirectory);
    }
}
