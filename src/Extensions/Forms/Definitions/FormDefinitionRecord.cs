namespace Participation.Extensions.Forms.Definitions;

/// <summary>A form definition stored as the JSON document of <c>umbraco-data/forms</c> (Umbraco Forms' definition shape).</summary>
public sealed class FormDefinitionRecord
{
    public Guid Id { get; set; }

    public string Alias { get; set; } = "";

    public string Name { get; set; } = "";

    public string Document { get; set; } = "{}";

    public DateTime UpdateDate { get; set; }
}
