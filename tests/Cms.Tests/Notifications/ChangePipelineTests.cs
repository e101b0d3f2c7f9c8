using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Hosting;
using Participation.Cms.Jobs;
using Participation.Cms.Notifications;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;
using Participation.Cms.Tests.Infrastructure;

namespace Participation.Cms.Tests.Notifications;

public sealed class ChangePipelineTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabases.Providers;

    private static readonly Guid HomeKey = Guid.Parse("00000000-0000-4000-8000-000000000002");

    [Fact]
    public async Task AHandlerForContentPublishedSeesTheNewSnapshot()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite, b => b.Services.AddNotificationHandler<SnapshotReader>());
        var reader = host.Services.GetRequiredService<SnapshotReader>();
        var key = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Uutinen", "Uusi")), "test");

        await host.Content.PublishAsync(key, null, "test");

        Assert.Equal([(key, "Uusi")], reader.Seen);
    }

    [Fact]
    public async Task AHandlerThatThrowsTwiceIsRetriedAndTheChangeIsNotLost()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite, b => b.Services.AddNotificationHandler<FailsTwice>(HandlerStage.Indexes));
        var handler = host.Services.GetRequiredService<FailsTwice>();
        var applier = host.Services.GetRequiredService<ChangeApplier>();
        var key = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Uutinen", "x")), "test");

        await host.Content.PublishAsync(key, null, "test");
        Assert.Equal(1, handler.Calls);
        Assert.Equal(1, Assert.Single(applier.Failures).Attempts);

        // Not before its backoff: the same instant retries nothing.
        await applier.CatchUpAsync();
        Assert.Equal(1, handler.Calls);

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await applier.CatchUpAsync();
        Assert.Equal(2, Assert.Single(applier.Failures).Attempts);

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await applier.CatchUpAsync();
        Assert.Equal([key], handler.Handled);
        Assert.Empty(applier.Failures);
    }

    [Fact]
    public async Task AStuckHandlerHoldsBackLaterStagesButNotEarlierOnes()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite, b =>
        {
            b.Services.AddNotificationHandler<FailsTwice>(HandlerStage.Indexes);
            b.Services.AddNotificationHandler<SnapshotReader>(HandlerStage.OutputCache);
        });
        var reader = host.Services.GetRequiredService<SnapshotReader>();
        var key = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Uutinen", "x")), "test");

        await host.Content.PublishAsync(key, null, "test");

        Assert.NotNull(host.Snapshot.GetByKey(key)); // the snapshot stage ran
        Assert.Empty(reader.Seen); // the later stage waits for the failing index
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await host.Services.GetRequiredService<ChangeApplier>().CatchUpAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await host.Services.GetRequiredService<ChangeApplier>().CatchUpAsync();
        Assert.Equal([(key, "x")], reader.Seen);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task EveryChangeIsWrittenAsAnInstructionInItsOwnTransaction(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var log = host.Services.GetRequiredService<ChangeLog>();
        var before = await log.LatestIdAsync(CancellationToken.None);

        await using (var uow = await host.Services.GetRequiredService<UnitOfWorkProvider>().BeginAsync())
        {
            await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Peruttu", "x")), "test", uow);
        }

        Assert.Equal(before, await log.LatestIdAsync(CancellationToken.None));
        await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Tallennettu", "x")), "test");
        Assert.True(await log.LatestIdAsync(CancellationToken.None) > before);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ChangesOnOneNodeReachAnotherNodeOnTheSameDatabase(DatabaseProvider provider)
    {
        await using var a = await StartAsync(provider);
        await using var b = await CmsTestHost.StartAsync(provider, a.ConnectionString);
        var key = await a.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Uutinen", "x")), "test");

        await a.Content.PublishAsync(key, null, "test");
        await b.Services.GetRequiredService<ChangeApplier>().CatchUpAsync();
        Assert.Equal("/uutinen/", b.Snapshot.GetByKey(key)?.Url("fi"));

        await a.ContentTypes.SaveAsync(TestContentTypes.Article with { Name = "Juttu" }, "admin");
        await b.Services.GetRequiredService<ChangeApplier>().CatchUpAsync();
        Assert.Equal("Juttu", b.Snapshot.GetByKey(key)?.ContentType.Name);

        await a.Content.UnpublishAsync(key, null, "test");
        await b.Services.GetRequiredService<ChangeApplier>().CatchUpAsync();
        Assert.Null(b.Snapshot.GetByKey(key));
    }

    [Fact]
    public async Task AClusterHandlerRunsOnceAcrossNodesAndIsRetriedUntilItSucceeds()
    {
        var mails = new ClusterMail();
        Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder> withMail = b =>
        {
            b.Services.AddSingleton(mails);
            b.Services.AddClusterNotificationHandler<SendMailOnPublish>();
        };
        await using var a = await StartAsync(DatabaseProvider.PostgreSQL, withMail);
        await using var b = await CmsTestHost.StartAsync(DatabaseProvider.PostgreSQL, a.ConnectionString, configure: withMail);
        var key = await a.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Uutinen", "x")), "test");
        mails.FailNext = 1;

        await a.Content.PublishAsync(key, null, "test");
        for (var round = 0; round < 5; round++)
        {
            // Both nodes try (their background loops too); the clocks move past each backoff.
            a.Clock.Advance(TimeSpan.FromMinutes(1));
            b.Clock.Advance(TimeSpan.FromMinutes(1));
            await Task.WhenAll(a.Services.GetRequiredService<OutboxProcessor>().RunDueAsync(), b.Services.GetRequiredService<OutboxProcessor>().RunDueAsync());
        }

        Assert.Equal(1, mails.Failures);
        Assert.Equal([key], mails.Sent);
    }

    [Fact]
    public async Task ANodeTooFarBehindRebuildsFromTheDatabase()
    {
        await using var a = await StartAsync(DatabaseProvider.Sqlite);
        await using var b = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite, a.ConnectionString, configure: builder =>
            builder.Configuration["Cms:Changes:MaxReplay"] = "1");
        var first = await a.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Eka", "x")), "test");
        var second = await a.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Toka", "x")), "test");
        await a.Content.PublishAsync(first, null, "test");
        await a.Content.PublishAsync(second, null, "test");

        await b.Services.GetRequiredService<ChangeApplier>().CatchUpAsync();

        Assert.NotNull(b.Snapshot.GetByKey(first));
        Assert.NotNull(b.Snapshot.GetByKey(second));
    }

    [Fact]
    public async Task ANodeThatMissedPrunedInstructionsRebuildsFromTheDatabase()
    {
        await using var a = await StartAsync(DatabaseProvider.Sqlite);
        await using var b = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite, a.ConnectionString);
        var first = await a.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Eka", "x")), "test");
        var second = await a.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Toka", "x")), "test");
        await a.Content.PublishAsync(first, null, "test");
        await a.Content.PublishAsync(second, null, "test");
        await using (var db = a.Services.GetDatabase())
        {
            // As the pruner would after the retention period: everything but the newest row.
            var latest = db.Instructions.Max(i => i.Id);
            db.Instructions.RemoveRange(db.Instructions.Where(i => i.Id < latest));
            await db.SaveChangesAsync();
        }

        await b.Services.GetRequiredService<ChangeApplier>().CatchUpAsync();

        Assert.NotNull(b.Snapshot.GetByKey(first));
        Assert.NotNull(b.Snapshot.GetByKey(second));
    }

    [Fact]
    public async Task ThePrunerDropsOldInstructionsButKeepsTheNewestAndThoseWithOutboxWorkLeft()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite);
        await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Vanha", "x")), "test");
        long waiting;
        await using (var db = host.Services.GetDatabase())
        {
            waiting = db.Instructions.Min(i => i.Id);
            db.Outbox.Add(new OutboxRecord { InstructionId = waiting, Handler = "SendMail<ContentPublished>", CreatedAt = host.Clock.GetUtcNow().UtcDateTime, NextAttemptAt = host.Clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        }

        host.Clock.Advance(TimeSpan.FromDays(3));
        await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Uusi", "x")), "test");
        var pruned = await host.Services.GetRequiredService<InstructionPruner>().PruneAsync();

        await using var after = host.Services.GetDatabase();
        var left = after.Instructions.Select(i => i.Id).ToList();
        Assert.True(pruned > 0);
        Assert.Contains(waiting, left);
        Assert.Equal(2, left.Count); // the one with outbox work, and the new one
    }

    internal static async Task<CmsTestHost> StartAsync(DatabaseProvider provider, Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? configure = null)
    {
        var host = await CmsTestHost.StartAsync(provider, configure: configure);
        await TestContentTypes.InstallAsync(host);
        await host.Content.CreateAsync(new("home", null, TestContentTypes.Document("Koti")) { Key = HomeKey }, "test");
        await host.Content.PublishAsync(HomeKey, null, "test");
        return host;
    }

    internal sealed class SnapshotReader(PublishedSnapshotService snapshots) : INotificationHandler<ContentPublished>
    {
        public List<(Guid, string?)> Seen { get; } = [];

        public Task HandleAsync(IReadOnlyList<ContentPublished> notifications, CancellationToken cancellationToken)
        {
            Seen.AddRange(notifications.Where(n => n.Key != HomeKey).Select(n => (n.Key, snapshots.Current.GetByKey(n.Key)?.Value<string>("summary", "fi"))));
            return Task.CompletedTask;
        }
    }

    internal sealed class FailsTwice : INotificationHandler<ContentPublished>
    {
        public int Calls { get; private set; }

        public List<Guid> Handled { get; } = [];

        public Task HandleAsync(IReadOnlyList<ContentPublished> notifications, CancellationToken cancellationToken)
        {
            if (notifications.All(n => n.Key == HomeKey))
            {
                return Task.CompletedTask;
            }

            if (++Calls <= 2)
            {
                throw new InvalidOperationException("index unavailable");
            }

            Handled.AddRange(notifications.Select(n => n.Key).Where(k => k != HomeKey));
            return Task.CompletedTask;
        }
    }

    internal sealed class ClusterMail
    {
        public int FailNext { get; set; }

        public int Failures { get; set; }

        public List<Guid> Sent { get; } = [];
    }

    internal sealed class SendMailOnPublish(ClusterMail mails) : INotificationHandler<ContentPublished>
    {
        public Task HandleAsync(IReadOnlyList<ContentPublished> notifications, CancellationToken cancellationToken)
        {
            if (notifications.All(n => n.Key == HomeKey))
            {
                return Task.CompletedTask;
            }

            lock (mails)
            {
                if (mails.FailNext-- > 0)
                {
                    mails.Failures++;
                    throw new InvalidOperationException("SMTP down");
                }

                mails.Sent.AddRange(notifications.Select(n => n.Key).Where(k => k != HomeKey));
            }

            return Task.CompletedTask;
        }
    }
}
