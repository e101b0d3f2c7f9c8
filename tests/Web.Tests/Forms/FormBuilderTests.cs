using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Persistence;
using Participation.Extensions.Forms.Definitions;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;
using static Participation.Web.Tests.Forms.EntriesTestForms;

namespace Participation.Web.Tests.Forms;

public sealed class FormBuilderTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AnEditorBuildsAFormAndThePublicCatalogServesItAsSaved()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var id = await CreateAsync(editor, "Palautelomake");
        Assert.Contains($"href=\"/umbraco/forms/{id}/edit\"", await PageAsync(editor.Client, "/umbraco/forms"));

        var first = (await StoredAsync(id)).Pages[0];
        await ChangeAsync(editor, id, "AddFieldset", new() { ["item"] = first.Id.ToString(), ["caption"] = "Yhteystiedot" });
        var contact = (await StoredAsync(id)).Pages[0].Fieldsets[1];
        var name = await AddFieldAsync(editor, id, contact.Id, "Nimi", "name", FieldTypes.ShortAnswer);
        var email = await AddFieldAsync(editor, id, contact.Id, "Sähköposti", "email", FieldTypes.Email);
        var area = await AddFieldAsync(editor, id, contact.Id, "Alue", "area", FieldTypes.SingleChoice);
        await SaveFieldAsync(editor, id, area, new() { ["caption"] = "Alue", ["alias"] = "area", ["type"] = FieldTypes.SingleChoice, ["required"] = "true", ["options"] = "north|Pohjoinen\nsouth|Eteläinen" });
        await SaveFieldAsync(editor, id, email, new()
        {
            ["caption"] = "Sähköposti", ["alias"] = "email", ["type"] = FieldTypes.Email, ["pattern"] = "^.+@.+$", ["settings[autocomplete]"] = "email",
            ["conditionAction"] = "Show", ["conditionLogic"] = "Any", ["rules[0].field"] = "area", ["rules[0].operator"] = ConditionOperators.Is, ["rules[0].value"] = "north",
        });

        await ChangeAsync(editor, id, "Move", new() { ["item"] = area.ToString(), ["direction"] = "up" });
        await ChangeAsync(editor, id, "Move", new() { ["item"] = contact.Id.ToString(), ["direction"] = "up" });
        await ChangeAsync(editor, id, "Settings", new() { ["name"] = "Palautelomake", ["submitLabel"] = "Lähetä palaute", ["retentionDays"] = "30", ["retentionAction"] = "Anonymise", ["minimumFillSeconds"] = "2", ["manualApproval"] = "true" });
        await ChangeAsync(editor, id, "Add", new() { ["name"] = "Kuittaus", ["type"] = WorkflowTypes.SendEmail, ["stage"] = "Approve", ["settings[to]"] = "{email}", ["settings[subject]"] = "Kiitos" }, "workflows");

        var form = await site.Services.GetRequiredService<FormCatalog>().GetAsync(id);
        Assert.NotNull(form);
        Assert.Equal("Yhteystiedot", form.Pages[0].Fieldsets[0].Caption);
        Assert.Equal(["name", "area", "email"], form.Fields.Select(f => f.Alias));
        Assert.Equal(FieldTypes.SingleChoice, form.Field("area")!.Type);
        Assert.Equal([new PreValue("north", "Pohjoinen"), new PreValue("south", "Eteläinen")], form.Field("area")!.PreValues);
        Assert.True(form.Field("area")!.Required);
        var condition = form.Field("email")!.Condition!;
        Assert.Equal((ConditionAction.Show, ConditionLogic.Any), (condition.ActionType, condition.LogicType));
        Assert.Equal(new ConditionRule("area", ConditionOperators.Is, "north"), Assert.Single(condition.Rules));
        Assert.Equal("email", form.Field("email")!.Setting("autocomplete"));
        Assert.Equal(("Lähetä palaute", 30, RetentionAction.Anonymise, true), (form.SubmitLabel, form.RetentionDays, form.RetentionAction, form.ManualApproval));
        var workflow = Assert.Single(form.Workflows);
        Assert.Equal((WorkflowTypes.SendEmail, WorkflowStage.Approve, "{email}"), (workflow.Type, workflow.Stage, workflow.Setting("to")));

        var document = FormDefinitionJson.Write(form);
        Assert.Equal(document, FormDefinitionJson.Write(FormDefinitionJson.Read(document)));

        await using var cms = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        Assert.True(await cms.Audit.CountAsync(a => a.Action == "FormSave" && a.Detail!.Contains(id.ToString())) >= 8);
    }

    [Fact]
    public async Task BadInputIsRefusedWithItsMessageNextToTheFieldAndChangesNothing()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var id = await CreateAsync(editor, "Virhelomake");
        var fieldset = (await StoredAsync(id)).Pages[0].Fieldsets[0].Id;
        var name = await AddFieldAsync(editor, id, fieldset, "Nimi", "name", FieldTypes.ShortAnswer);
        var before = await RecordAsync(id);

        var duplicate = await RefusedAsync(editor, $"/umbraco/forms/{id}/edit", "AddField", new() { ["item"] = fieldset.ToString(), ["caption"] = "Toinen nimi", ["alias"] = "Name", ["type"] = FieldTypes.ShortAnswer });
        Assert.Contains("Alias Name on jo toisella kentällä.", duplicate);
        Assert.Contains($"id=\"field-add-fieldset-{fieldset:N}-alias\"", duplicate);

        var unknown = await RefusedAsync(editor, $"/umbraco/forms/{id}/edit", "AddField", new() { ["item"] = fieldset.ToString(), ["caption"] = "Allekirjoitus", ["alias"] = "signature", ["type"] = "signature" });
        Assert.Contains("Kenttätyyppiä signature ei ole.", unknown);

        var regex = await RefusedAsync(editor, $"/umbraco/forms/{id}/fields/{name}", null, new() { ["caption"] = "Nimi", ["alias"] = "name", ["type"] = FieldTypes.ShortAnswer, ["pattern"] = "([a-z" });
        Assert.Contains("Säännöllinen lauseke ei ole kelvollinen.", regex);
        Assert.Matches($"id=\"field-field-{name:N}-pattern\"[^>]*aria-invalid=\"true\"", regex);
        Assert.Contains("value=\"([a-z\"", regex); // the editor's input is shown back

        var legend = await RefusedAsync(editor, $"/umbraco/forms/{id}/edit", "RenameFieldset", new() { ["item"] = fieldset.ToString(), ["caption"] = " " });
        Assert.Contains("Anna kenttäryhmälle otsikko", legend);

        var stale = await RefusedAsync(editor, $"/umbraco/forms/{id}/edit", "Settings", new() { ["name"] = "Vanha nimi", ["retentionDays"] = "0", ["minimumFillSeconds"] = "3" }, before.UpdateDate.Ticks - 1);
        Assert.Contains("Joku muu muutti lomaketta sillä välin.", stale);

        var after = await RecordAsync(id);
        Assert.Equal((before.Document, before.UpdateDate, before.Name), (after.Document, after.UpdateDate, after.Name));
    }

    [Fact]
    public async Task AWriterCannotCreateOpenOrChangeAForm()
    {
        var form = await AddAsync(site);
        var before = await RecordAsync(form.Id);
        var writer = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);

        Assert.DoesNotContain($"/umbraco/forms/{form.Id}/edit", await PageAsync(writer.Client, "/umbraco/forms"));
        foreach (var path in new[] { "/umbraco/forms/create", $"/umbraco/forms/{form.Id}/edit", $"/umbraco/forms/{form.Id}/workflows", $"/umbraco/forms/{form.Id}/preview", $"/umbraco/forms/{form.Id}/fields/{form.Fields.First().Id}" })
        {
            Assert.True(AuthorizationTests.IsRefusal(await writer.Client.GetAsync(path)), path);
        }

        var post = await writer.PostFormAsync("/umbraco/forms", new() { ["version"] = before.UpdateDate.Ticks.ToString(), ["name"] = "Kirjoittajan lomake" }, $"/umbraco/forms/{form.Id}/edit?handler=Settings");
        Assert.True(AuthorizationTests.IsRefusal(post));
        Assert.Equal(before.Document, (await RecordAsync(form.Id)).Document);
    }

    [Fact]
    public async Task ThePreviewShowsTheFieldsAsVisitorsSeeThemAndCannotBeSent()
    {
        var form = await AddAsync(site);
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        var preview = await PageAsync(editor.Client, $"/umbraco/forms/{form.Id}/preview");

        Assert.Contains("Esikatselu: lomake näkyy kuten kävijöille", preview);
        Assert.Contains($"<label for=\"{form.Alias}-email\">Sähköpostisi", preview);
        Assert.Contains($"<option value=\"north\">Pohjoinen</option>", preview);
        Assert.Contains($"<textarea id=\"{form.Alias}-message\"", preview);
        Assert.DoesNotContain("data-site-form", preview);
        Assert.Contains("<button type=\"button\" disabled>", preview);
    }

    [Fact]
    public async Task AFormWithEntriesIsNotDeletedButAnUnusedOneIs()
    {
        var used = await AddAsync(site);
        await SubmitAsync(site, used, "Aino", "aino@example.fi", "Viesti");
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        var refused = await editor.PostFormAsync($"/umbraco/forms/{used.Id}/edit", [], $"/umbraco/forms/{used.Id}/edit?handler=DeleteForm");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("sillä on 1 vastausta", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.NotNull(await site.Services.GetRequiredService<FormCatalog>().GetAsync(used.Id));

        var unused = await CreateAsync(editor, "Poistettava");
        var deleted = await editor.PostFormAsync($"/umbraco/forms/{unused}/edit", [], $"/umbraco/forms/{unused}/edit?handler=DeleteForm");
        Assert.Equal("/umbraco/forms?done=deleted", deleted.Headers.Location?.OriginalString);
        Assert.Null(await site.Services.GetRequiredService<FormCatalog>().GetAsync(unused));
    }

    private static async Task<Guid> CreateAsync(BackofficeSession session, string name)
    {
        var alias = "b" + Guid.NewGuid().ToString("N")[..10];
        var response = await session.PostFormAsync("/umbraco/forms/create", new() { ["name"] = name, ["alias"] = alias });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.EndsWith("/edit?done=created", location);
        return Guid.Parse(location.Split('/')[3]);
    }

    private async Task<Guid> AddFieldAsync(BackofficeSession session, Guid id, Guid fieldset, string caption, string alias, string type)
    {
        var location = await ChangeAsync(session, id, "AddField", new() { ["item"] = fieldset.ToString(), ["caption"] = caption, ["alias"] = alias, ["type"] = type });
        Assert.StartsWith($"/umbraco/forms/{id}/fields/", location);
        return (await StoredAsync(id)).Field(alias)!.Id;
    }

    private async Task SaveFieldAsync(BackofficeSession session, Guid id, Guid field, Dictionary<string, string> values)
    {
        var page = $"/umbraco/forms/{id}/fields/{field}";
        values["version"] = (await RecordAsync(id)).UpdateDate.Ticks.ToString();
        var response = await session.PostFormAsync(page, values);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts one builder change with the stored version; it must be saved and redirect.</summary>
    private async Task<string> ChangeAsync(BackofficeSession session, Guid id, string handler, Dictionary<string, string> values, string page = "edit")
    {
        values["version"] = (await RecordAsync(id)).UpdateDate.Ticks.ToString();
        var response = await session.PostFormAsync($"/umbraco/forms/{id}/{page}", values, $"/umbraco/forms/{id}/{page}?handler={handler}");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.OriginalString;
    }

    private async Task<string> RefusedAsync(BackofficeSession session, string page, string? handler, Dictionary<string, string> values, long? version = null)
    {
        values["version"] = (version ?? (await RecordAsync(Guid.Parse(page.Split('/')[3]))).UpdateDate.Ticks).ToString();
        var response = await session.PostFormAsync(page, values, handler is null ? null : $"{page}?handler={handler}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<FormDefinitionRecord> RecordAsync(Guid id)
    {
        await using var db = Db(site);
        return await db.Set<FormDefinitionRecord>().AsNoTracking().SingleAsync(f => f.Id == id);
    }

    private async Task<FormDefinition> StoredAsync(Guid id) => FormDefinitionJson.Read((await RecordAsync(id)).Document);
}
