namespace Participation.Cms.Tests.PropertyEditors;

/// <summary>Every editor renders its input with a view that exists, kept in the project so it compiles with it.</summary>
public sealed class EditorViewTests
{
    [Fact]
    public void EveryEditorsEditViewExistsInTheCmsProject()
    {
        var project = Path.Combine(RepositoryFolder.Root, "src", "Cms");

        var missing = TestEditors.All.Aliases
            .Select(alias => TestEditors.All.Get(alias))
            .Where(editor => !File.Exists(Path.Combine(project, editor.EditView.TrimStart('/'))))
            .Select(editor => $"{editor.Alias}: {editor.EditView}")
            .ToList();

        Assert.True(missing.Count == 0, "Missing edit views:\n" + string.Join('\n', missing));
    }
}
