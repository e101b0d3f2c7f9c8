using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Tests.Forms;

/// <summary>The forms of <c>umbraco-data/forms</c>, read as the site reads them.</summary>
internal static class SeededForms
{
    public static FormDefinition Read(string alias)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "umbraco-data", "forms")))
        {
            folder = folder.Parent;
        }

        return FormDefinitionJson.Read(File.ReadAllText(Path.Combine(folder!.FullName, "umbraco-data", "forms", alias + ".json")));
    }
}
