using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Retention;
using Participation.Extensions.Forms.Workflows;
using Participation.Web.Tests.Infrastructure;
using static Participation.Web.Tests.Forms.EntriesTestForms;

namespace Participation.Web.Tests.Forms;

public sealed class RetentionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task EntriesOlderThanTheRetentionAreDeletedWithFilesAndWorkflowRowsAndNewerOnesKept()
    {
        var form = await AddAsync(site, retentionDays: 30, action: RetentionAction.Delete);
        site.Clock.Now = DateTimeOffset.UtcNow.AddDays(-31);
        var old = await SubmitAsync(site, form, "Vanha", "vanha@example.fi", "Vanha viesti", withFile: true);
        site.Clock.Now = DateTimeOffset.UtcNow.AddDays(-29);
        var recent = await SubmitAsync(site, form, "Tuore", "tuore@example.fi", "Tuore viesti", withFile: true);
        site.Clock.Now = DateTimeOffset.UtcNow;
        await using var db = Db(site);
        var oldFile = await db.Set<FormEntryFile>().SingleAsync(f => f.EntryId == old);

        var done = await site.Services.GetRequiredService<EntryRetention>().RunOnceAsync();

        Assert.True(done >= 1);
        Assert.Null(await EntryAsync(site, old));
        Assert.False(await db.Set<FormEntryFile>().AnyAsync(f => f.EntryId == old));
        Assert.False(await db.Set<WorkflowTask>().AnyAsync(t => t.EntryId == old));
        Assert.False(File.Exists(StoredFilePath(site, oldFile)));
        Assert.Equal("Tuore viesti", FormSubmissions.ReadValues((await EntryAsync(site, recent))!.Values)["message"].Single());
        Assert.True(await db.Set<FormEntryFile>().AnyAsync(f => f.EntryId == recent));
        Assert.True(await db.Set<WorkflowTask>().AnyAsync(t => t.EntryId == recent));
    }

    [Fact]
    public async Task AnonymisingKeepsOnlyOptionAnswersClearsTheSubjectAndDeletesFiles()
    {
        var form = await AddAsync(site, retentionDays: 10, action: RetentionAction.Anonymise);
        site.Clock.Now = DateTimeOffset.UtcNow.AddDays(-11);
        var old = await SubmitAsync(site, form, "Anna Anonyymi", "anna@example.fi", "Minä olen Anna", area: "south", withFile: true);
        site.Clock.Now = DateTimeOffset.UtcNow.AddDays(-9);
        var recent = await SubmitAsync(site, form, "Uusi Urho", "urho@example.fi", "Urhon viesti");
        site.Clock.Now = DateTimeOffset.UtcNow;
        await using var db = Db(site);
        var oldFile = await db.Set<FormEntryFile>().SingleAsync(f => f.EntryId == old);
        var retention = site.Services.GetRequiredService<EntryRetention>();

        await retention.RunOnceAsync();

        var anonymised = (await EntryAsync(site, old))!;
        var kept = FormSubmissions.ReadValues(anonymised.Values);
        Assert.Equal(["area"], kept.Keys);
        Assert.Equal(["south"], kept["area"]);
        Assert.Null(anonymised.SubjectEmail);
        Assert.Null(anonymised.IdempotencyKey);
        Assert.NotNull(anonymised.AnonymisedUtc);
        Assert.False(await db.Set<FormEntryFile>().AnyAsync(f => f.EntryId == old));
        Assert.False(await db.Set<WorkflowTask>().AnyAsync(t => t.EntryId == old));
        Assert.False(File.Exists(StoredFilePath(site, oldFile)));

        var untouched = (await EntryAsync(site, recent))!;
        Assert.Equal("urho@example.fi", untouched.SubjectEmail);
        Assert.Null(untouched.AnonymisedUtc);
        Assert.Equal("Urhon viesti", FormSubmissions.ReadValues(untouched.Values)["message"].Single());

        // An anonymised entry is not anonymised again on the next run.
        var stamp = anonymised.AnonymisedUtc;
        site.Clock.Now = DateTimeOffset.UtcNow.AddHours(1);
        await retention.RunOnceAsync();
        Assert.Equal(stamp, (await EntryAsync(site, old))!.AnonymisedUtc);
        site.Clock.Now = DateTimeOffset.UtcNow;
    }

    [Fact]
    public async Task RetentionWorksThroughMoreThanOneBatch()
    {
        var form = await AddAsync(site, retentionDays: 5, action: RetentionAction.Delete);
        site.Clock.Now = DateTimeOffset.UtcNow.AddDays(-6);
        for (var i = 0; i < EntryRetention.BatchSize + 3; i++)
        {
            await SubmitAsync(site, form, $"Henkilö {i}", null, "viesti");
        }

        site.Clock.Now = DateTimeOffset.UtcNow;
        await site.Services.GetRequiredService<EntryRetention>().RunOnceAsync();

        await using var db = Db(site);
        Assert.False(await db.Set<FormEntry>().AnyAsync(e => e.FormId == form.Id));
    }
}
