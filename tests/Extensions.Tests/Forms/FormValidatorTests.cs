using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Text;
using Participation.Extensions.Forms.Validation;

namespace Participation.Extensions.Tests.Forms;

public sealed class FormValidatorTests
{
    private readonly FormValidator validator = new(new FormsText());

    private static Dictionary<string, IReadOnlyList<string>> Answers(params (string Alias, string[] Values)[] answers) =>
        answers.ToDictionary(a => a.Alias, a => (IReadOnlyList<string>)a.Values, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, IReadOnlyList<string>> ValidRegistration() => Answers(
        ("name", ["Maija Meikäläinen"]),
        ("email", ["Maija@Example.fi"]),
        ("partySize", ["2"]),
        ("diet", ["vegan", "other"]),
        ("dietOther", ["Pähkinäallergia"]),
        ("consent", ["on"]));

    [Fact]
    public void ACompleteRegistrationIsValidAndItsAnswersAreNormalised()
    {
        var result = validator.Validate(SeededForms.Read("eventRegistration"), ValidRegistration(), "fi-FI");

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(["true"], result.Values["consent"]);
        Assert.Equal(["vegan", "other"], result.Values["diet"]);
        Assert.False(result.Values.ContainsKey("phone"));
    }

    [Fact]
    public void MissingMandatoryAnswersUseTheFormsOwnMessages()
    {
        var result = validator.Validate(SeededForms.Read("eventRegistration"), Answers(("name", ["  "])), "fi-FI");

        var byAlias = result.Errors.ToDictionary(e => e.Alias);
        Assert.Equal("Kirjoita nimesi.", byAlias["name"].Message);
        Assert.Equal(FieldErrorCodes.Required, byAlias["email"].Code);
        Assert.Equal("Hyväksy henkilötietojen käsittely, jotta voit lähettää lomakkeen.", byAlias["consent"].Message);
        Assert.False(byAlias.ContainsKey("phone"));
    }

    [Theory]
    [InlineData("email", "not-an-address", FieldErrorCodes.Email)]
    [InlineData("email", "a@b", FieldErrorCodes.Email)]
    [InlineData("phone", "call me", FieldErrorCodes.Phone)]
    [InlineData("partySize", "six", FieldErrorCodes.Number)]
    [InlineData("partySize", "9", FieldErrorCodes.Range)]
    [InlineData("diet", "steak", FieldErrorCodes.Option)]
    public void AWrongAnswerIsNamedByItsFieldAndRule(string alias, string value, string code)
    {
        var answers = ValidRegistration();
        answers[alias] = [value];

        var result = validator.Validate(SeededForms.Read("eventRegistration"), answers, "fi-FI");

        var error = Assert.Single(result.Errors);
        Assert.Equal(alias, error.Alias);
        Assert.Equal(code, error.Code);
        Assert.False(result.Values.ContainsKey(alias));
    }

    [Fact]
    public void TooLongAnswersAndTwoAnswersToOneQuestionAreRefused()
    {
        var answers = ValidRegistration();
        answers["name"] = [new string('a', 201)];
        answers["email"] = ["a@example.fi", "b@example.fi"];

        var result = validator.Validate(SeededForms.Read("eventRegistration"), answers, "en-GB");

        Assert.Contains(result.Errors, e => e is { Alias: "name", Code: FieldErrorCodes.MaxLength } && e.Message.Contains("200", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e is { Alias: "email", Code: FieldErrorCodes.TooManyValues });
    }

    [Fact]
    public void TheApiNamesUnknownFieldsThePageIgnoresThem()
    {
        var answers = ValidRegistration();
        answers["__RequestVerificationToken"] = ["x"];

        Assert.True(validator.Validate(SeededForms.Read("eventRegistration"), answers, "fi").IsValid);
        var error = Assert.Single(validator.Validate(SeededForms.Read("eventRegistration"), answers, "fi", rejectUnknown: true).Errors);
        Assert.Equal(FieldErrorCodes.UnknownField, error.Code);
    }

    [Fact]
    public void AHiddenFieldIsNeverMandatoryAndItsAnswerIsDropped()
    {
        var form = WithCondition(required: true);
        var answers = ValidRegistration();
        answers["diet"] = ["vegan"];
        answers["dietOther"] = ["left from an earlier choice"];

        var result = validator.Validate(form, answers, "fi");

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.False(result.Values.ContainsKey("dietOther"));
    }

    [Fact]
    public void AShownConditionalFieldIsMandatory()
    {
        var form = WithCondition(required: true);
        var answers = ValidRegistration();
        answers.Remove("dietOther");

        var result = validator.Validate(form, answers, "fi");

        Assert.Equal("dietOther", Assert.Single(result.Errors).Alias);
    }

    [Fact]
    public void ConditionsThatReadEachOtherEndAndHideBoth()
    {
        var form = SeededForms.Read("feedback");
        var message = form.Field("message")!;
        var email = form.Field("email")!;
        form = Replace(form, message with { Condition = Show(email.Id.ToString(), ConditionOperators.IsNot, "") });
        form = Replace(form, email with { Condition = Show("message", ConditionOperators.IsNot, "") });

        var visibility = new FormVisibility(form, Answers(("message", ["hei"]), ("email", ["a@example.fi"])));

        Assert.False(visibility.IsVisible(form.Field("message")!) && visibility.IsVisible(form.Field("email")!));
    }

    [Theory]
    [InlineData(ConditionOperators.GreaterThan, "10", "9", true)]
    [InlineData(ConditionOperators.GreaterThan, "9", "10", false)]
    [InlineData(ConditionOperators.LessThan, "2026-05-01", "2026-06-01", true)]
    [InlineData(ConditionOperators.Is, "on", "true", true)]
    [InlineData(ConditionOperators.Contains, "Kouvolan keskusta", "keskusta", true)]
    [InlineData(ConditionOperators.NotContains, "Kouvola", "Rovaniemi", true)]
    [InlineData("NoSuchOperator", "a", "a", false)]
    public void OperatorsCompareAsTheirValuesRead(string op, string answer, string expected, bool matches) =>
        Assert.Equal(matches, FormVisibility.Match(op, [answer], expected));

    [Fact]
    public void UmbracoSpellingsOfOperatorsAreReadOnImport()
    {
        var json = """{"id":"00000000-0000-4000-8300-00000000aaaa","alias":"x","pages":[{"fieldsets":[{"columns":[{"fields":[{"alias":"a","type":"number","condition":{"actionType":"hide","logicType":"any","rules":[{"field":"a","operator":"GreaterThen","value":"1"}]}}]}]}]}]}""";

        var form = FormDefinitionJson.Read(json);

        var condition = form.Field("a")!.Condition!;
        Assert.Equal(ConditionOperators.GreaterThan, condition.Rules[0].Operator);
        Assert.Equal(ConditionAction.Hide, condition.ActionType);
        Assert.Equal(ConditionLogic.Any, condition.LogicType);
    }

    [Fact]
    public void AnEditorsBrokenPatternDoesNotBlockVisitors()
    {
        var form = SeededForms.Read("feedback");
        form = Replace(form, form.Field("message")! with { Pattern = "([" });

        var result = validator.Validate(form, Answers(("message", ["Hei"]), ("consent", ["on"])), "fi");

        Assert.True(result.IsValid);
    }

    [Fact]
    public void ControlCharactersAreRemovedFromAnswers()
    {
        var result = validator.Validate(SeededForms.Read("feedback"), Answers(("message", ["Hei\0 maailma\r\nrivi"]), ("consent", ["on"])), "fi");

        Assert.Equal("Hei maailma\r\nrivi", result.Values["message"][0]);
    }

    private static FormDefinition WithCondition(bool required)
    {
        var form = SeededForms.Read("eventRegistration");
        var other = form.Field("dietOther")! with { Required = required, Condition = Show("diet", ConditionOperators.Is, "other") };
        return Replace(form, other);
    }

    private static FieldCondition Show(string field, string op, string value) =>
        new() { ActionType = ConditionAction.Show, LogicType = ConditionLogic.All, Rules = [new ConditionRule(field, op, value)] };

    private static FormDefinition Replace(FormDefinition form, FormField field) => form with
    {
        Pages = form.Pages.Select(p => p with
        {
            Fieldsets = p.Fieldsets.Select(s => s with
            {
                Columns = s.Columns.Select(c => c with { Fields = c.Fields.Select(f => f.Id == field.Id ? field : f).ToList() }).ToList(),
            }).ToList(),
        }).ToList(),
    };
}
