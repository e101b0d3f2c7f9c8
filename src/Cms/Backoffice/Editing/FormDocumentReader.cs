using Microsoft.AspNetCore.Http;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.PropertyEditors;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>
/// Turns the edit form's post into the next draft: the edited culture's name, segment and values plus the shared
/// values, on top of the current draft so the other cultures are kept. Each editor reads its own inputs; the
/// editors validate the values on save.
/// </summary>
public static class FormDocumentReader
{
    public const string Prefix = "p.";

    public static ContentDocument Read(ContentType type, IFormCollection form, string culture, ContentDocument current, PropertyEditorCollection editors, out Dictionary<string, string> errors)
    {
        errors = [];
        var next = current.Clone();
        if (!next.Cultures.TryGetValue(culture, out var variant))
        {
            next.Cultures[culture] = variant = new CultureVariant();
        }

        variant.Name = form["name"].ToString();
        variant.Segment = form["segment"].ToString();
        foreach (var property in type.Properties)
        {
            var bag = type.PropertyVaries(property) ? variant.Values : next.Values;
            var read = editors.Get(property.Editor).ReadForm(form, Prefix + property.Alias, property);
            if (read.Error is not null)
            {
                errors[property.Alias] = read.Error;
                continue;
            }

            if (read.Value is null)
            {
                bag.Remove(property.Alias);
            }
            else
            {
                bag[property.Alias] = read.Value;
            }
        }

        return next;
    }
}
