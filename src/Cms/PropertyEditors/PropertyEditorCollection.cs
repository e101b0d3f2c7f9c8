namespace Participation.Cms.PropertyEditors;

public sealed class PropertyEditorCollection(IEnumerable<PropertyEditor> editors)
{
    private readonly Dictionary<string, PropertyEditor> byAlias = editors.ToDictionary(e => e.Alias, StringComparer.Ordinal);

    public IEnumerable<string> Aliases => byAlias.Keys;

    public PropertyEditor Get(string alias) =>
        byAlias.TryGetValue(alias, out var editor)
            ? editor
            : throw new InvalidOperationException($"No property editor with alias '{alias}' is registered.");

    public bool Contains(string alias) => byAlias.ContainsKey(alias);
}
