using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Participation.Cms.ContentTypes;
using Participation.Cms.Cultures;
using Participation.Cms.PropertyEditors;

namespace Participation.Cms.Content;

/// <summary>Runs every value of a document through its property editor and checks names, segments and cultures.</summary>
public sealed class DocumentValidator(PropertyEditorCollection editors, CultureOptions cultures)
{
    /// <summary>Returns the document to store (values normalised by their editors) or throws with every error at once.</summary>
    public ContentDocument Normalize(ContentType type, ContentDocument input)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var output = new ContentDocument();
        if (!input.Cultures.ContainsKey(cultures.Default))
        {
            errors[$"name@{cultures.Default}"] = "Oletuskielen (suomi) nimi puuttuu.";
        }

        foreach (var alias in input.Values.Select(v => v.Key).Where(a => type.GetProperty(a) is not { } p || type.PropertyVaries(p)))
        {
            errors[alias] = type.GetProperty(alias) is null ? $"Tyypillä '{type.Alias}' ei ole ominaisuutta '{alias}'." : "Arvo kuuluu kieliversioon.";
        }

        foreach (var property in type.Properties.Where(p => !type.PropertyVaries(p)))
        {
            Parse(property, input.Values[property.Alias], output.Values, property.Alias, errors);
        }

        foreach (var (culture, variant) in input.Cultures)
        {
            if (!cultures.Supported.Contains(culture) || (!type.VariesByCulture && culture != cultures.Default))
            {
                errors[$"name@{culture}"] = type.VariesByCulture ? $"Kieltä '{culture}' ei tueta." : "Tällä tyypillä on vain yksi kieliversio.";
                continue;
            }

            var name = variant.Name.Trim();
            if (name.Length == 0)
            {
                errors[$"name@{culture}"] = "Anna nimi.";
            }

            var segment = string.IsNullOrWhiteSpace(variant.Segment) ? UrlSegment.From(name) : variant.Segment.Trim();
            if (!UrlSegment.IsValid(segment))
            {
                errors[$"segment@{culture}"] = "URL-osassa saa olla vain pieniä kirjaimia a–z, numeroita ja väliviivoja.";
            }

            var outVariant = new CultureVariant { Name = name, Segment = segment };
            foreach (var alias in variant.Values.Select(v => v.Key).Where(a => type.GetProperty(a) is not { } p || !type.PropertyVaries(p)))
            {
                errors[$"{alias}@{culture}"] = type.GetProperty(alias) is null ? $"Tyypillä '{type.Alias}' ei ole ominaisuutta '{alias}'." : "Arvo ei riipu kielestä.";
            }

            foreach (var property in type.Properties.Where(type.PropertyVaries))
            {
                Parse(property, variant.Values[property.Alias], outVariant.Values, $"{property.Alias}@{culture}", errors);
            }

            output.Cultures[culture] = outVariant;
        }

        return errors.Count > 0 ? throw new ContentValidationException(errors) : output;
    }

    /// <summary>Mandatory values are required only of what is being published: a draft may be incomplete.</summary>
    public void CheckMandatory(ContentType type, ContentDocument document, IEnumerable<string> publishing)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in type.Properties.Where(p => p.Mandatory))
        {
            if (!type.PropertyVaries(property))
            {
                if (document.Values[property.Alias] is null)
                {
                    errors[property.Alias] = $"{property.Name} on pakollinen.";
                }

                continue;
            }

            foreach (var culture in publishing.Where(c => document.Cultures[c].Values[property.Alias] is null))
            {
                errors[$"{property.Alias}@{culture}"] = $"{property.Name} on pakollinen.";
            }
        }

        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }
    }

    private void Parse(PropertyType property, JsonNode? input, JsonObject target, string key, Dictionary<string, string> errors)
    {
        var parsed = editors.Get(property.Editor).Parse(input?.DeepClone(), property);
        if (!parsed.IsValid)
        {
            errors[key] = parsed.Error!;
            return;
        }

        if (property.Regex is { Length: > 0 } pattern && parsed.Value is JsonValue v && v.TryGetValue(out string? text)
            && !Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(200)))
        {
            errors[key] = $"{property.Name}: arvo ei ole oikeassa muodossa.";
            return;
        }

        if (parsed.Value is not null)
        {
            target[property.Alias] = parsed.Value;
        }
    }
}
