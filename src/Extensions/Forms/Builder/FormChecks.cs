using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Participation.Cms.Backoffice.Text;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Uploads;
using Participation.Extensions.Forms.Validation;
using Participation.Extensions.Forms.Workflows.Webhooks;

namespace Participation.Extensions.Forms.Builder;

/// <summary>
/// Checks a whole definition before any save: what the public form, the validator and the workflows rely on. Each
/// message is keyed by <see cref="BuilderKeys"/> so the page shows it next to its input.
/// </summary>
public sealed partial class FormChecks(BackofficeText text, IOptionsMonitor<WebhookOptions> webhooks, PlaintextWebhooks plaintext)
{
    public static bool IsAlias(string alias) => Alias().IsMatch(alias);

    public Dictionary<string, string> Check(FormDefinition form)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            errors["name"] = text["forms.builder.error.name"];
        }

        foreach (var fieldset in form.Pages.SelectMany(p => p.Fieldsets).Where(s => string.IsNullOrWhiteSpace(s.Caption)))
        {
            errors[BuilderKeys.Fieldset(fieldset.Id)] = text["forms.builder.error.legend"];
        }

        var fields = form.Fields.ToList();
        foreach (var field in fields)
        {
            CheckField(form, field, fields, errors);
        }

        foreach (var workflow in form.Workflows)
        {
            CheckWorkflow(workflow, errors);
        }

        // Last, the round trip the catalog will make: what it cannot read must never be stored.
        try
        {
            FormDefinitionJson.Read(FormDefinitionJson.Write(form));
        }
        catch (InvalidDataException exception)
        {
            errors.TryAdd(BuilderKeys.Form, exception.Message);
        }

        return errors;
    }

    private void CheckField(FormDefinition form, FormField field, List<FormField> fields, Dictionary<string, string> errors)
    {
        string Key(string input) => BuilderKeys.Field(field.Id, input);
        if (string.IsNullOrWhiteSpace(field.Caption))
        {
            errors[Key("caption")] = text["forms.builder.error.caption"];
        }

        if (!IsAlias(field.Alias))
        {
            errors[Key("alias")] = text["forms.builder.error.alias"];
        }
        else if (fields.Any(f => f.Id != field.Id && string.Equals(f.Alias, field.Alias, StringComparison.OrdinalIgnoreCase)))
        {
            errors[Key("alias")] = text.Format("forms.builder.error.aliasTaken", field.Alias);
        }

        if (!FieldTypes.All.Contains(field.Type))
        {
            errors[Key("type")] = text.Format("forms.builder.error.type", field.Type);
        }

        if (field.Pattern is { Length: > 0 } pattern && !Compiles(pattern))
        {
            errors[Key("pattern")] = text["forms.builder.error.pattern"];
        }

        if (FieldTypes.HasOptions(field.Type) && field.PreValues.Count == 0)
        {
            errors[Key("options")] = text["forms.builder.error.noOptions"];
        }
        else if (field.PreValues.GroupBy(p => p.Value).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            errors[Key("options")] = text.Format("forms.builder.error.optionTwice", twice.Key);
        }

        CheckSettings(field, Key, errors);
        CheckCondition(form, field, Key, errors);
    }

    private void CheckSettings(FormField field, Func<string, string> key, Dictionary<string, string> errors)
    {
        foreach (var (name, high) in new[] { ("maxLength", 100_000), ("rows", 50) })
        {
            if (field.Setting(name) is not null && (field.IntSetting(name) is not { } number || number < 1 || number > high))
            {
                errors[key(name)] = text.Format("forms.builder.error.range", 1, high);
            }
        }

        if (field.Setting("autocomplete") is { } token && !AutocompleteTokens.All.Contains(token))
        {
            errors[key("autocomplete")] = text["forms.builder.error.autocomplete"];
        }

        var min = NumberSetting(field, "min", key, errors);
        var max = NumberSetting(field, "max", key, errors);
        if (min > max)
        {
            errors[key("max")] = text["forms.builder.error.minMax"];
        }

        if (field.FileUploadOptions?.AllowedUploadExtensions.FirstOrDefault(e => !UploadChecks.Checkable.Contains(e, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            errors[key("extensions")] = text.Format("forms.builder.error.extension", unknown);
        }
    }

    private decimal? NumberSetting(FormField field, string name, Func<string, string> key, Dictionary<string, string> errors)
    {
        if (field.Setting(name) is not { } value)
        {
            return null;
        }

        var number = AnswerFormats.Number(value);
        if (number is null)
        {
            errors[key(name)] = text["forms.builder.error.number"];
        }

        return number;
    }

    private void CheckCondition(FormDefinition form, FormField field, Func<string, string> key, Dictionary<string, string> errors)
    {
        var rules = field.Condition?.Rules ?? [];
        if (field.Condition is not null && rules.Count == 0)
        {
            errors[key("rule0-field")] = text["forms.builder.error.noRules"];
        }

        for (var i = 0; i < rules.Count; i++)
        {
            var other = form.Field(rules[i].Field);
            if (other is null || other.Id == field.Id)
            {
                errors[key($"rule{i}-field")] = text["forms.builder.error.ruleField"];
            }

            if (!ConditionOperators.All.Contains(rules[i].Operator))
            {
                errors[key($"rule{i}-operator")] = text["forms.builder.error.ruleOperator"];
            }
        }
    }

    private void CheckWorkflow(FormWorkflow workflow, Dictionary<string, string> errors)
    {
        string Key(string input) => BuilderKeys.Workflow(workflow.Id, input);
        if (string.IsNullOrWhiteSpace(workflow.Name))
        {
            errors[Key("name")] = text["forms.builder.error.workflowName"];
        }

        switch (workflow.Type)
        {
            case WorkflowTypes.SendEmail when workflow.Setting("to") is null:
                errors[Key("to")] = text["forms.builder.error.to"];
                break;
            case WorkflowTypes.PostToUrl when !Uri.TryCreate(workflow.Setting("url"), UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"):
                errors[Key("url")] = text["forms.builder.error.url"];
                break;
            case WorkflowTypes.PostToUrl when !WebhookHosts.Allows(webhooks.CurrentValue.AllowedHosts, new Uri(workflow.Setting("url")!).IdnHost):
                errors[Key("url")] = text.Format("forms.builder.error.urlHost", string.Join(", ", webhooks.CurrentValue.AllowedHosts));
                break;
            case WorkflowTypes.PostToUrl when plaintext.Refuses(new Uri(workflow.Setting("url")!)):
                errors[Key("url")] = text["forms.builder.error.urlPlaintext"];
                break;
            case WorkflowTypes.ChangeState when workflow.Setting("state")?.ToLowerInvariant() is not ("approved" or "rejected"):
                errors[Key("state")] = text["forms.builder.error.state"];
                break;
            case WorkflowTypes.SendEmail or WorkflowTypes.PostToUrl or WorkflowTypes.ChangeState:
                break;
            default:
                errors[Key("type")] = text.Format("forms.builder.error.workflowType", workflow.Type);
                break;
        }
    }

    private static bool Compiles(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex Alias();
}
