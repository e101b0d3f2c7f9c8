using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participation.Extensions.Forms.Definitions;

/// <summary>The stored document's JSON: camelCase, enums as names, and Umbraco's spellings of operators accepted.</summary>
public static class FormDefinitionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads a definition; a document that does not parse is an <see cref="InvalidDataException"/> naming the form.</summary>
    public static FormDefinition Read(string json)
    {
        try
        {
            var form = JsonSerializer.Deserialize<FormDefinition>(json, Options) ?? throw new InvalidDataException("A form document is empty.");
            return Normalise(form);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException("A form document does not parse: " + exception.Message, exception);
        }
    }

    public static string Write(FormDefinition form) => JsonSerializer.Serialize(form, Options);

    // Umbraco Forms writes "GreaterThen"/"LessThen"; rules store one spelling so the evaluator has one.
    private static FormDefinition Normalise(FormDefinition form) => form with
    {
        Pages = form.Pages.Select(p => p with
        {
            Condition = Normalise(p.Condition),
            Fieldsets = p.Fieldsets.Select(s => s with
            {
                Condition = Normalise(s.Condition),
                Columns = s.Columns.Select(c => c with { Fields = c.Fields.Select(f => f with { Condition = Normalise(f.Condition) }).ToList() }).ToList(),
            }).ToList(),
        }).ToList(),
    };

    private static FieldCondition? Normalise(FieldCondition? condition) => condition is null ? null : condition with
    {
        Rules = condition.Rules.Select(r => r with
        {
            Operator = r.Operator switch
            {
                "GreaterThen" => ConditionOperators.GreaterThan,
                "LessThen" => ConditionOperators.LessThan,
                _ => r.Operator,
            },
        }).ToList(),
    };
}
