using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Participation.Cms.ContentTypes;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Site;
using Participation.Cms.Text;

namespace Participation.Cms.Content;

/// <summary>Runs every value of a document through its property editor and checks names, segments and cultures.</summary>
public sealed class DocumentValidator(PropertyEditorCollection editors, SiteOptions site, EngineText text)
{
    /// <summary>Returns the document to store (values normalised by their editors) or throws with every error at once.</summary>
    public ContentDocument Normalize(ContentType type, ContentDocument input)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var output = new ContentDocument();
        if (!input.Cultures.ContainsKey(site.DefaultCulture))
        {
            errors[$"name@{site.DefaultCulture}"] = text.Format("validation.defaultNameMissing", site.DefaultCulture);
        }

        foreach (var alias in input.Values.Select(v => v.Key).Where(a => type.GetProperty(a) is not { } p || type.PropertyVaries(p)))
        {
            errors[alias] = type.GetProperty(alias) is null ? text.Format("validation.unknownProperty", type.Alias, alias) : text["validation.valueVariesByCulture"];
        }

        foreach (var property in type.Properties.Where(p => !type.PropertyVaries(p)))
        {
            Parse(property, input.Values[property.Alias], output.Values, property.Alias, errors);
        }

        foreach (var (culture, variant) in input.Cultures)
        {
            if (!site.Cultures.Contains(culture) || (!type.VariesByCulture && culture != site.DefaultCulture))
            {
                errors[$"name@{culture}"] = type.VariesByCulture ? text.Format("validation.cultureNotSupported", culture) : text["validation.singleCulture"];
                continue;
            }

            var name = variant.Name.Trim();
            if (name.Length == 0)
            {
                errors[$"name@{culture}"] = text["validation.enterName"];
            }

            var segment = string.IsNullOrWhiteSpace(variant.Segment) ? UrlSegment.From(name) : variant.Segment.Trim();
            if (!UrlSegment.IsValid(segment))
            {
                errors[$"segment@{culture}"] = text["validation.badSegment"];
            }

            var outVariant = new CultureVariant { Name = name, Segment = segment };
            foreach (var alias in variant.Values.Select(v => v.Key).Where(a => type.GetProperty(a) is not { } p || !type.PropertyVaries(p)))
            {
                errors[$"{alias}@{culture}"] = type.GetProperty(alias) is null ? text.Format("validation.unknownProperty", type.Alias, alias) : text["validation.valueInvariant"];
            }

            foreach (var property in type.Properties.Where(type.PropertyVaries))
            {
                Parse(property, variant.Values[property.Alias], outVariant.Values, $"{property.Alias}@{culture}", errors);
            }

            if (name.Length > MaxNameLength)
            {
                errors[$"name@{culture}"] = text.Format("validation.nameTooLong", MaxNameLength, name.Length);
            }

            output.Cultures[culture] = outVariant;
        }

        CheckRules(type, output, errors);
        return errors.Count > 0 ? throw new ContentValidationException(errors) : output;
    }

    /// <summary>Names longer than this are refused rather than cut: a cut name (and URL segment) ends mid-word.</summary>
    public const int MaxNameLength = 255;

    /// <summary>The type's rules between properties, on values already parsed by their editors; a value already in error is not checked again.</summary>
    private void CheckRules(ContentType type, ContentDocument output, Dictionary<string, string> errors)
    {
        foreach (var rule in type.Rules)
        {
            if (type.GetProperty(rule.Property) is not { } later || type.GetProperty(rule.NotBefore) is not { } earlier)
            {
                continue;
            }

            List<string?> cultures = type.PropertyVaries(later) || type.PropertyVaries(earlier) ? [.. output.Cultures.Keys] : [null];
            foreach (var culture in cultures)
            {
                var key = type.PropertyVaries(later) ? $"{later.Alias}@{culture}" : later.Alias;
                var kind = editors.Get(later.Editor).QueryKind;
                if (errors.ContainsKey(key) || kind != editors.Get(earlier.Editor).QueryKind)
                {
                    continue;
                }

                var end = Comparable(output.GetValue(later.Alias, type.PropertyVaries(later) ? culture : null), kind);
                var start = Comparable(output.GetValue(earlier.Alias, type.PropertyVaries(earlier) ? culture : null), kind);
                if (end is not null && start is not null && end.CompareTo(start) < 0)
                {
                    errors[key] = text.Format("validation.notBefore", later.NameIn(text.Language), earlier.NameIn(text.Language));
                }
            }
        }
    }

    /// <summary>A stored value as something ordered: moments in UTC, days, numbers; null when empty or not comparable.</summary>
    private static IComparable? Comparable(JsonNode? value, QueryValueKind? kind)
    {
        if (value is not JsonValue json)
        {
            return null;
        }

        var raw = json.TryGetValue(out string? s) ? s : json.ToJsonString();
        return kind switch
        {
            QueryValueKind.Moment when DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) => moment.UtcDateTime,
            QueryValueKind.Day when DateOnly.TryParse(raw, CultureInfo.InvariantCulture, out var day) => day,
            QueryValueKind.Number when decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
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
                    errors[property.Alias] = text.Format("validation.mandatory", property.NameIn(text.Language));
                }

                continue;
            }

            foreach (var culture in publishing.Where(c => document.Cultures[c].Values[property.Alias] is null))
            {
                errors[$"{property.Alias}@{culture}"] = text.Format("validation.mandatory", property.NameIn(text.Language));
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

        if (property.Regex is { Length: > 0 } pattern && parsed.Value is JsonValue v && v.TryGetValue(out string? stored)
            && !Regex.IsMatch(stored, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(200)))
        {
            errors[key] = text.Format("validation.pattern", property.NameIn(text.Language));
            return;
        }

        if (parsed.Value is not null)
        {
            target[property.Alias] = parsed.Value;
        }
    }
}
