using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Uploads;
using Participation.Extensions.Persistence;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Forms;

/// <summary>
/// A form made for one test (its own id and name, so tests sharing a site never count each other's entries), stored
/// the way the site stores forms, and entries sent through the real submission path.
/// </summary>
internal static class EntriesTestForms
{
    public static readonly byte[] Pdf = "%PDF-1.4 test"u8.ToArray();

    public static async Task<FormDefinition> AddAsync(SiteFactory site, int retentionDays = 0, RetentionAction action = RetentionAction.Delete, bool manualApproval = false)
    {
        var id = Guid.NewGuid();
        var alias = "test" + id.ToString("N")[..8];
        var form = new FormDefinition
        {
            Id = id,
            Alias = alias,
            Name = "Testilomake " + alias,
            RetentionDays = retentionDays,
            RetentionAction = action,
            ManualApproval = manualApproval,
            MinimumFillSeconds = 0,
            Pages =
            [
                new FormPage
                {
                    Id = Guid.NewGuid(),
                    Fieldsets =
                    [
                        new FormFieldset
                        {
                            Id = Guid.NewGuid(),
                            Columns =
                            [
                                new FormColumn
                                {
                                    Fields =
                                    [
                                        new FormField { Id = Guid.NewGuid(), Alias = "name", Caption = "Nimesi", Type = FieldTypes.ShortAnswer, ContainsSensitiveData = true },
                                        new FormField { Id = Guid.NewGuid(), Alias = "email", Caption = "Sähköpostisi", Type = FieldTypes.Email, ContainsSensitiveData = true },
                                        new FormField { Id = Guid.NewGuid(), Alias = "area", Caption = "Alueesi", Type = FieldTypes.Dropdown, PreValues = [new("north", "Pohjoinen"), new("south", "Eteläinen")] },
                                        new FormField { Id = Guid.NewGuid(), Alias = "message", Caption = "Viestisi", Type = FieldTypes.LongAnswer },
                                        new FormField { Id = Guid.NewGuid(), Alias = "attachment", Caption = "Liitteesi", Type = FieldTypes.FileUpload, FileUploadOptions = new FileUploadOptions { AllowedUploadExtensions = ["pdf"] } },
                                    ],
                                },
                            ],
                        },
                    ],
                },
            ],
            Workflows =
            [
                new FormWorkflow { Id = Guid.NewGuid(), Name = "Kuittaus", Stage = WorkflowStage.Submit, Settings = new Dictionary<string, string> { ["to"] = "{email}" } },
                new FormWorkflow { Id = Guid.NewGuid(), Name = "Hyväksytty-viesti", Stage = WorkflowStage.Approve, Settings = new Dictionary<string, string> { ["to"] = "{email}" } },
            ],
        };

        await using (var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext())
        {
            db.Set<FormDefinitionRecord>().Add(new FormDefinitionRecord { Id = id, Alias = alias, Name = form.Name, Document = FormDefinitionJson.Write(form), UpdateDate = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        site.Services.GetRequiredService<FormCatalog>().Reset();
        return form;
    }

    public static async Task<Guid> SubmitAsync(SiteFactory site, FormDefinition form, string name, string? email, string message, string area = "north", bool withFile = false)
    {
        var values = new Dictionary<string, IReadOnlyList<string>> { ["name"] = [name], ["area"] = [area], ["message"] = [message] };
        if (email is not null)
        {
            values["email"] = [email];
        }

        var files = withFile ? new[] { new UploadedFile("attachment", $"{name}.pdf", Pdf) } : null;
        var result = await site.Services.GetRequiredService<FormSubmissions>().SubmitAsync(form, new FormSubmission(values, "fi", Files: files), CancellationToken.None);
        return Assert.IsType<SubmitResult.Accepted>(result).EntryId;
    }

    public static ExtensionsDbContext Db(SiteFactory site) => site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();

    public static async Task<FormEntry?> EntryAsync(SiteFactory site, Guid id)
    {
        await using var db = Db(site);
        return await db.Set<FormEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id);
    }

    public static string StoredFilePath(SiteFactory site, FormEntryFile file) =>
        Path.Combine(site.Services.GetRequiredService<FormUploadStore>().Folder, file.StorageName);

    public static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Signed in but not allowed: the cookie handler sends the editor to the access-denied page.</summary>
    public static void AssertDenied(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/umbraco/access-denied", StringComparison.Ordinal)),
            $"expected access denied, got {(int)response.StatusCode} {response.Headers.Location}");
}
