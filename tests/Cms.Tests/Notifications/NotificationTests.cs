using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Hosting;
using Participation.Cms.Notifications;
using Participation.Cms.Persistence;
using Participation.Cms.Tests.Infrastructure;

namespace Participation.Cms.Tests.Notifications;

public sealed class NotificationTests
{
    [Fact]
    public async Task HandlersRunAfterCommitAndSeeCommittedData()
    {
        await using var host = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite, configure: b => b.Services.AddNotificationHandler<RecordingHandler>());
        await TestContentTypes.InstallAsync(host);
        var recorder = host.Services.GetRequiredService<RecordingHandler>();

        var key = await host.Content.CreateAsync(new("home", null, TestContentTypes.Document("Koti")), "test");

        Assert.Contains(key, recorder.Seen);
        Assert.True(recorder.ExistedWhenHandled[key], "the handler ran before the node was committed");
    }

    [Fact]
    public async Task ARolledBackUnitOfWorkNotifiesNobody()
    {
        await using var host = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite, configure: b => b.Services.AddNotificationHandler<RecordingHandler>());
        await TestContentTypes.InstallAsync(host);
        var recorder = host.Services.GetRequiredService<RecordingHandler>();

        await using (var uow = await host.Services.GetRequiredService<UnitOfWorkProvider>().BeginAsync())
        {
            await host.Content.CreateAsync(new("home", null, TestContentTypes.Document("Koti")), "test", uow);
            // no CompleteAsync: disposed without commit
        }

        Assert.Empty(recorder.Seen);
        await using var db = host.Services.GetDatabase();
        Assert.Empty(db.Nodes);
    }

    [Fact]
    public async Task AFailingHandlerDoesNotUndoTheCommittedChange()
    {
        await using var host = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite, configure: b => b.Services.AddNotificationHandler<FailingHandler>());
        await TestContentTypes.InstallAsync(host);

        var key = await host.Content.CreateAsync(new("home", null, TestContentTypes.Document("Koti")), "test");
        await host.Content.PublishAsync(key, null, "test");

        Assert.NotNull(host.Snapshot.GetByKey(key));
    }

    internal sealed class RecordingHandler(CmsDatabase database) : INotificationHandler<ContentSaved>
    {
        public List<Guid> Seen { get; } = [];

        public Dictionary<Guid, bool> ExistedWhenHandled { get; } = [];

        public async Task HandleAsync(IReadOnlyList<ContentSaved> notifications, CancellationToken cancellationToken)
        {
            await using var db = database.CreateContext();
            foreach (var n in notifications)
            {
                Seen.Add(n.Key);
                ExistedWhenHandled[n.Key] = db.Nodes.Any(x => x.Key == n.Key);
            }
        }
    }

    internal sealed class FailingHandler : INotificationHandler<ContentNotification>
    {
        public Task HandleAsync(IReadOnlyList<ContentNotification> notifications, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("handler failure");
    }
}
