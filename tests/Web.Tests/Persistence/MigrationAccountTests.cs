using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Participation.Cms.Content;
using Participation.Cms.Jobs;
using Participation.Extensions.Forms.Retention;
using Participation.Extensions.Registration.Organiser;
using Participation.Web.Tests.Forms;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Persistence;

/// <summary>
/// ASVS 13.2.2 on real PostgreSQL: the site runs on an account that may only read and write rows
/// (<c>ConnectionStrings:Cms</c>), while the schema owner (<c>ConnectionStrings:CmsMigrations</c>) migrates.
/// </summary>
public sealed class MigrationAccountTests
{
    [Fact]
    public async Task TheSiteRunsImportsAndPublishesOnARowOnlyAccountWhileTheOwnerMigrates()
    {
        await using var database = await RestrictedPostgres.CreateAsync();
        Guid articleKey;
        await using (var site = new SiteFactory
        {
            PostgresConnectionString = database.Runtime,
            Settings = new Dictionary<string, string> { ["ConnectionStrings:CmsMigrations"] = database.Owner },
        })
        {
            using var client = site.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

            // A visitor's entry, its workflows, and an editor's publish: all through the row-only account.
            var entry = await site.SubmitAsync(FormsOnSite.EventRegistration, FormsOnSite.Registration("Rivi Oikeus", "rivi@example.fi"));
            await site.SettleAsync();
            await using (var db = new NpgsqlConnection(database.Owner))
            {
                await db.OpenAsync();
                await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"formEntry\" WHERE \"Id\" = '{entry}'", db);
                Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
            }

            var article = site.Snapshot.OfType("newsArticle").First(n => n.Url("fi") is not null);
            articleKey = article.Key;
            var content = site.Services.GetRequiredService<ContentService>();
            var draft = await site.DraftAsync(article.Key);
            draft.Cultures["fi"].Values["summary"] = "Julkaistu rivitason tilillä";
            await content.SaveAsync(article.Key, draft, "test");
            await content.PublishAsync(article.Key, null, "test");
            Assert.Contains("Julkaistu rivitason tilillä", await client.GetStringAsync(article.Url("fi")), StringComparison.Ordinal);

            // The background jobs, run once each now rather than on their timers.
            await site.Services.GetRequiredService<ScheduledPublisher>().RunDueAsync();
            await site.Services.GetRequiredService<OutboxProcessor>().RunDueAsync();
            await site.Services.GetRequiredService<InstructionPruner>().PruneAsync();
            await site.Services.GetRequiredService<EntryRetention>().RunOnceAsync();
            await site.Services.GetRequiredService<AnonymiseAfterEvent>().RunOnceAsync(CancellationToken.None);
            Assert.Empty(site.Errors.Entries);
        }

        var tables = await database.TablesAsync();
        Assert.True(tables.Count > 20, $"{tables.Count} tables");
        Assert.All(tables, t => Assert.Equal(database.OwnerRole, t.Owner));

        // The restriction is real: the site's account cannot make a table.
        await using (var runtime = new NpgsqlConnection(database.Runtime))
        {
            await runtime.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE sneaky (id int)", runtime);
            var denied = await Assert.ThrowsAsync<PostgresException>(() => create.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
        }

        // Once migrated, the row-only account alone starts the site, with migration at start off.
        await using var restarted = new SiteFactory
        {
            PostgresConnectionString = database.Runtime,
            Settings = new Dictionary<string, string> { ["Cms:Database:MigrateAtStart"] = "false" },
        };
        var url = restarted.Snapshot.GetByKey(articleKey)!.Url("fi");
        Assert.Contains("Julkaistu rivitason tilillä", await restarted.CreateClient().GetStringAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARowOnlyAccountWithoutAMigrationAccountStopsTheFirstStartSayingWhatToSetAndMakesNoTable()
    {
        await using var database = await RestrictedPostgres.CreateAsync();
        await using var site = new SiteFactory { PostgresConnectionString = database.Runtime };

        var refused = Assert.ThrowsAny<Exception>(() => site.Services.GetRequiredService<IServiceProvider>());

        var message = StartFailure.Messages(refused);
        Assert.Contains($"The database account '{database.SiteRole}' of ConnectionStrings:Cms", message, StringComparison.Ordinal);
        Assert.Contains("Set ConnectionStrings:CmsMigrations to the account that owns the schema", message, StringComparison.Ordinal);
        Assert.Empty(await database.TablesAsync());
    }

    [Fact]
    public async Task WithMigrationAtStartOffASchemaThatIsBehindStopsTheStartAndIsLeftAlone()
    {
        await using var database = await RestrictedPostgres.CreateAsync();
        await using var site = new SiteFactory
        {
            PostgresConnectionString = database.Runtime,
            Settings = new Dictionary<string, string> { ["ConnectionStrings:CmsMigrations"] = database.Owner, ["Cms:Database:MigrateAtStart"] = "false" },
        };

        var refused = Assert.ThrowsAny<Exception>(() => site.Services.GetRequiredService<IServiceProvider>());

        Assert.Contains("The database schema is behind", StartFailure.Messages(refused), StringComparison.Ordinal);
        Assert.Contains("Cms:Database:MigrateAtStart is false", StartFailure.Messages(refused), StringComparison.Ordinal);
        Assert.Empty(await database.TablesAsync());
    }
}
