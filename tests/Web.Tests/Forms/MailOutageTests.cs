using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Forms;

/// <summary>
/// The mail server is down while people sign up; the node that took the entries stops; the server comes back and two
/// new nodes on the same database (one SQLite file, or PostgreSQL) share the backlog. Nothing is lost and nothing is sent twice.
/// </summary>
public sealed class MailOutageTests
{
    private const int Entries = 100;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task EntriesAcceptedWhileTheMailServerIsDownAreEachMailedExactlyOnceByTheNextNodes(string provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "participation-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var postgres = provider == "PostgreSQL" ? TestPostgres.CreateDatabase() : null;
        var port = TestSmtpServer.FreePort(); // nothing listens there yet
        var clock = new TestClock(DateTimeOffset.UtcNow);
        SiteFactory Node() => new()
        {
            DatabaseFile = Path.Combine(folder, "site.db"), PostgresConnectionString = postgres, Clock = clock, Settings = TestSmtpServer.SiteSettings(port),
        };

        try
        {
            int mailsPerEntry;
            await using (var first = Node())
            {
                mailsPerEntry = (await first.FormAsync(FormsOnSite.EventRegistration)).Workflows.Count(w => w.Type == WorkflowTypes.SendEmail);
                for (var i = 0; i < Entries; i++)
                {
                    await first.SubmitAsync(FormsOnSite.EventRegistration, FormsOnSite.Registration($"Osallistuja {i}", $"osallistuja{i}@example.fi"));
                }

                await first.SettleAsync();
                await using var db = first.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();
                Assert.Equal(Entries, await db.Set<FormEntry>().CountAsync(e => e.FormId == FormsOnSite.EventRegistration));
                var status = first.Services.GetRequiredService<WorkflowStatus>();
                Assert.Equal(Entries * mailsPerEntry, await status.FailingCountAsync());
                Assert.All(await status.FailingAsync(take: 5), s => Assert.StartsWith("The server could not be reached", s.LastError, StringComparison.Ordinal));
            }

            await using var smtp = await TestSmtpServer.StartAsync(port);
            clock.Advance(TimeSpan.FromHours(1)); // past every backoff
            await using var second = Node();
            await using var third = Node();
            await Task.WhenAll(second.SettleAsync(), third.SettleAsync());

            var tasks = await second.TasksAsync();
            var expected = tasks.Select(t => (string?)$"task-{t.Id}-{t.EntryId:N}@participation.site").Order().ToList();
            var sent = smtp.Messages.Select(m => m.MessageId).Order().ToList();
            Assert.Equal(Entries * mailsPerEntry, sent.Count);
            Assert.Equal(expected, sent); // each row's Message-Id exactly once
            Assert.All(tasks, t => Assert.NotNull(t.DoneUtc));
            Assert.Equal(0, await second.Services.GetRequiredService<WorkflowStatus>().FailingCountAsync());
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // a temp folder left behind is harmless
            }
        }
    }
}
