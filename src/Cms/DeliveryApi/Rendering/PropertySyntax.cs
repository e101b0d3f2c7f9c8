using Participation.Cms.PropertyEditors;

namespace Participation.Cms.DeliveryApi.Rendering;

/// <summary>
/// Reads the v2 <c>expand</c> and <c>fields</c> syntax: <c>properties[alias,$all[properties[nested]]]</c>. Umbraco
/// throws (a 500) on unbalanced brackets or an empty list; here every malformed value is a 400 saying where it broke.
/// Nesting is bounded so one request cannot ask for unbounded work.
/// </summary>
internal static class PropertySyntax
{
    private const int MaxDepth = 8;

    /// <summary>Null for an absent or blank value: the parameter's default applies.</summary>
    public static PropertyTree? Parse(string parameter, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var reader = new Reader(parameter, value.Trim());
        var tree = reader.List(0);
        reader.End();
        return tree;
    }

    private sealed class Reader(string parameter, string text)
    {
        private int at;

        public PropertyTree List(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error($"nests deeper than {MaxDepth} levels");
            }

            Expect("properties");
            Expect("[");
            var all = false;
            PropertyTree? allChild = null;
            var named = new Dictionary<string, PropertyTree?>(StringComparer.Ordinal);
            do
            {
                var name = Name();
                PropertyTree? child = null;
                if (Peek('['))
                {
                    at++;
                    child = List(depth + 1);
                    Expect("]");
                }

                if (name == "$all")
                {
                    all = true;
                    allChild = child;
                }
                else
                {
                    named[name] = child;
                }
            }
            while (Take(','));
            Expect("]");
            return new PropertyTree(all, allChild, named);
        }

        public void End()
        {
            if (at != text.Length)
            {
                throw Error($"has unexpected text at position {at + 1}");
            }
        }

        private string Name()
        {
            var start = at;
            if (Peek('$'))
            {
                at++;
            }

            while (at < text.Length && (char.IsAsciiLetterOrDigit(text[at]) || text[at] is '_' or '-'))
            {
                at++;
            }

            var name = text[start..at];
            return name.Length == 0 || (name.StartsWith('$') && name != "$all")
                ? throw Error($"needs a property alias or $all at position {start + 1}")
                : name;
        }

        private void Expect(string token)
        {
            if (string.CompareOrdinal(text, at, token, 0, token.Length) != 0)
            {
                throw Error($"expected '{token}' at position {at + 1}");
            }

            at += token.Length;
        }

        private bool Peek(char c) => at < text.Length && text[at] == c;

        private bool Take(char c)
        {
            if (!Peek(c))
            {
                return false;
            }

            at++;
            return true;
        }

        private DeliveryQueryException Error(string what) =>
            new($"Invalid '{parameter}' value", $"The '{parameter}' value {what}; write it as properties[alias1,alias2] or properties[$all], nesting with alias[properties[...]].");
    }
}
