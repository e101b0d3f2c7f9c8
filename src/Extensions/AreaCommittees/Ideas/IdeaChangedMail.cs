using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Text;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Forms.Workflows.Mail;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.AreaCommittees.Ideas;

/// <summary>
/// Tells the resident who sent an idea that its status or the committee's answer changed, in the language of the page
/// they sent it from. The address is read from the entry when the mail goes, so an entry erased or anonymised in
/// between gets no mail; the payload keeps the status and answer of this change, so two quick edits send two true mails.
/// </summary>
internal sealed class IdeaChangedMail(
    ExtensionsDatabase database,
    IMailTransport transport,
    IOptions<MailOptions> mail,
    SiteOptions site,
    PublishedSnapshotService snapshots,
    FormsText text,
    TimeProvider clock) : IOutboxTaskHandler
{
    public const string TaskType = "areaIdeaChanged";

    public string Type => TaskType;

    public static string Payload(IdeaStatus status, string? answer) => JsonSerializer.Serialize(new Change(status, answer));

    public async Task<string?> RunAsync(WorkflowTask task, CancellationToken cancellationToken)
    {
        var change = JsonSerializer.Deserialize<Change>(task.Payload ?? "null") ?? throw new WorkflowFailure("The task has no payload.");
        await using var db = database.CreateContext();
        if (await db.Set<AreaIdea>().AsNoTracking().FirstOrDefaultAsync(i => i.EntryId == task.EntryId, cancellationToken) is not { } idea)
        {
            return "The idea is no longer on its area's page.";
        }

        var address = await db.Set<FormEntry>().Where(e => e.Id == task.EntryId && e.AnonymisedUtc == null).Select(e => e.SubjectEmail).FirstOrDefaultAsync(cancellationToken);
        if (address is null || !MailAddresses.TryParse(address, out var to))
        {
            return "The submitter left no address, or it was erased: nothing was sent.";
        }

        var culture = idea.Culture;
        var area = snapshots.Current.GetByKey(idea.AreaKey);
        var url = area?.Url(culture) ?? area?.Cultures.Values.Select(c => c.Url).FirstOrDefault(u => u is not null);
        var body = text.Format(culture, "ideas.mail.body", idea.Title, text.Format(culture, "ideas.status." + change.Status))
            + (change.Answer is { Length: > 0 } answer ? "\n\n" + text.Format(culture, "ideas.mail.answer", answer) : "")
            + (url is null ? "" : "\n\n" + text.Format(culture, "ideas.mail.link", new Uri(site.PublicBaseUrl, url)))
            + "\n\n" + text.Format(culture, "ideas.mail.noReply");

        var message = new MimeMessage
        {
            Subject = OneLine(text.Format(culture, "ideas.mail.subject", idea.Title)),
            Date = clock.GetUtcNow(),

            // The same for every attempt of this row, as the forms' own mails.
            MessageId = $"task-{task.Id}-{task.EntryId:N}@participation.site",
            Body = new TextPart("plain") { Text = body },
        };
        message.From.Add(mail.Value.From);
        message.To.Add(to);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        await transport.SendAsync(message, cancellationToken);
        return null;
    }

    // The title is a resident's text: inside the subject it must not end the header.
    private static string OneLine(string value) =>
        string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private sealed record Change(IdeaStatus Status, string? Answer);
}
