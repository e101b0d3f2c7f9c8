using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Forms.Api;

/// <summary>
/// A definition in the Forms Delivery API's shape (Umbraco Forms 10.2+/17), so a front-end written for it renders ours.
/// Field types carry Umbraco's names; their ids are stable per type. Conditions name fields by id, as Umbraco's do.
/// Additions under new names (<c>type.alias</c>) never change what a standard client reads.
/// </summary>
public static class FormDefinitionContract
{
    private static readonly Dictionary<string, string> TypeNames = new(StringComparer.Ordinal)
    {
        [FieldTypes.ShortAnswer] = "Short answer",
        [FieldTypes.LongAnswer] = "Long answer",
        [FieldTypes.Email] = "Email",
        [FieldTypes.Phone] = "Phone",
        [FieldTypes.Number] = "Number",
        [FieldTypes.Date] = "Date",
        [FieldTypes.Time] = "Time",
        [FieldTypes.Checkbox] = "Checkbox",
        [FieldTypes.SingleChoice] = "Single choice",
        [FieldTypes.MultipleChoice] = "Multiple choice",
        [FieldTypes.Dropdown] = "Dropdown",
        [FieldTypes.DataConsent] = "Data Consent",
        [FieldTypes.FileUpload] = "File upload",
        [FieldTypes.Hidden] = "Hidden",
        [FieldTypes.TitleAndDescription] = "Title and description",
    };

    public static JsonObject Write(FormDefinition form) => new()
    {
        ["id"] = form.Id,
        ["name"] = form.Name,
        ["indicator"] = "*",
        ["fieldIndicationType"] = "MarkMandatoryFields",
        ["hideFieldValidation"] = false,
        ["showValidationSummary"] = true,
        ["disableDefaultStylesheet"] = false,
        ["autocompleteAttribute"] = null,
        ["submitLabel"] = form.SubmitLabel,
        ["nextLabel"] = form.NextLabel,
        ["previousLabel"] = form.PreviousLabel,
        ["messageOnSubmit"] = form.MessageOnSubmit,
        ["messageOnSubmitIsHtml"] = false,
        ["gotoPageOnSubmit"] = form.GotoPageOnSubmit,
        ["showSummaryPageOnMultiPageForms"] = form.ShowSummaryPage,
        ["pages"] = new JsonArray(form.Pages.Select(p => (JsonNode)new JsonObject
        {
            ["id"] = p.Id,
            ["caption"] = p.Caption,
            ["condition"] = Condition(form, p.Condition),
            ["fieldsets"] = new JsonArray(p.Fieldsets.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id,
                ["caption"] = s.Caption,
                ["condition"] = Condition(form, s.Condition),
                ["columns"] = new JsonArray(s.Columns.Select(c => (JsonNode)new JsonObject
                {
                    ["caption"] = c.Caption,
                    ["width"] = c.Width,
                    ["fields"] = new JsonArray(c.Fields.Select(f => (JsonNode)Field(form, f)).ToArray()),
                }).ToArray()),
            }).ToArray()),
        }).ToArray()),
    };

    private static JsonObject Field(FormDefinition form, FormField field)
    {
        var json = new JsonObject
        {
            ["id"] = field.Id,
            ["alias"] = field.Alias,
            ["caption"] = field.Caption,
            ["helpText"] = field.HelpText,
            ["placeholder"] = field.Placeholder,
            ["required"] = field.Required,
            ["requiredErrorMessage"] = field.RequiredErrorMessage,
            ["pattern"] = field.Pattern,
            ["patternInvalidErrorMessage"] = field.PatternInvalidErrorMessage,
            ["containsSensitiveData"] = field.ContainsSensitiveData,
            ["condition"] = Condition(form, field.Condition),
            ["preValues"] = new JsonArray(field.PreValues.Select(p => (JsonNode)new JsonObject { ["value"] = p.Value, ["caption"] = p.Caption }).ToArray()),
            ["settings"] = new JsonObject(field.Settings.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)JsonValue.Create(s.Value)))),
            ["type"] = new JsonObject { ["id"] = TypeId(field.Type), ["name"] = TypeNames.GetValueOrDefault(field.Type, field.Type), ["alias"] = field.Type },
        };
        if (field.Type == FieldTypes.FileUpload)
        {
            json["fileUploadOptions"] = new JsonObject
            {
                ["allowAllUploadExtensions"] = false,
                ["allowedUploadExtensions"] = new JsonArray((field.FileUploadOptions?.AllowedUploadExtensions ?? []).Select(e => (JsonNode)JsonValue.Create(e)).ToArray()),
                ["allowMultipleFileUploads"] = field.FileUploadOptions?.AllowMultipleFileUploads ?? false,
            };
        }

        return json;
    }

    private static JsonObject? Condition(FormDefinition form, FieldCondition? condition) => condition is null ? null : new JsonObject
    {
        ["actionType"] = condition.ActionType.ToString(),
        ["logicType"] = condition.LogicType.ToString(),
        ["rules"] = new JsonArray(condition.Rules.Select(r => (JsonNode)new JsonObject
        {
            ["field"] = form.Field(r.Field)?.Id.ToString() ?? r.Field,
            ["operator"] = r.Operator,
            ["value"] = r.Value,
        }).ToArray()),
    };

    /// <summary>A stable id per field type (a name-based hash), the same on every site.</summary>
    public static Guid TypeId(string type)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("participation.forms.fieldtype:" + type));
        return new Guid(hash.AsSpan(0, 16));
    }
}
