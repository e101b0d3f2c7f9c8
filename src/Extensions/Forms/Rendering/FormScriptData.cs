using System.Text.Json;
using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Forms.Rendering;

/// <summary>
/// A condition as the form's script reads it from <c>data-condition</c>: rules name fields by alias (the names of the
/// inputs), whatever the definition used. The script only shows and hides; the server decides what a hidden field means.
/// </summary>
public static class FormScriptData
{
    public static string? Condition(FormDefinition form, FieldCondition? condition) =>
        condition is null || condition.Rules.Count == 0
            ? null
            : JsonSerializer.Serialize(new
            {
                action = condition.ActionType == ConditionAction.Show ? "show" : "hide",
                logic = condition.LogicType == ConditionLogic.All ? "all" : "any",
                rules = condition.Rules.Select(r => new { field = form.Field(r.Field)?.Alias ?? r.Field, op = r.Operator, value = r.Value }),
            });
}
