namespace Participation.Extensions.Forms.Rendering;

/// <summary>The names of a rendered form's own inputs; answers use their fields' aliases.</summary>
public static class FormInputs
{
    public const string Form = "__form";
    public const string Step = "__step";
    public const string Action = "__action";
    public const string Key = "__key";
    public const string Rendered = "__rendered";
}
