using Microsoft.Extensions.Options;
using MimeKit;

namespace Participation.Extensions.Forms.Workflows.Mail;

/// <summary>
/// The <c>sendEmail</c> workflow: <c>to</c>, <c>replyTo</c>, <c>subject</c> and a plain-text <c>message</c>, each with
/// placeholders filled from the entry.
/// </summary>
/// <remarks>
/// Answers marked as sensitive are filled like any other: an editor chose to put them into the template, a confirmation
/// goes to the address the submitter typed in (their own answers back to them), and an organiser mail goes to an address
/// set in the form, read by the same people who see the entry in the backoffice.
/// </remarks>
internal sealed class SendEmailWorkflow(IMailTransport transport, IOptions<MailOptions> options, TimeProvider clock)
{
    /// <summary>Sends the message; returns a note when there was no one to send it to (an optional e-mail left empty), which is not a failure.</summary>
    public async Task<string?> RunAsync(WorkflowRun run, CancellationToken cancellationToken)
    {
        if (Build(run) is not { } message)
        {
            return "No valid recipient after the placeholders were filled: nothing was sent.";
        }

        await transport.SendAsync(message, cancellationToken);
        return null;
    }

    public MimeMessage? Build(WorkflowRun run)
    {
        var to = MailAddresses.ParseList(Placeholders.Fill(run.Workflow.Setting("to"), run));
        if (to.Count == 0)
        {
            return null;
        }

        var message = new MimeMessage
        {
            Subject = HeaderValue(Placeholders.Fill(run.Workflow.Setting("subject"), run)),
            Date = clock.GetUtcNow(),

            // The same for every attempt of this row: a mail sent twice (the server took it, the node died before the row was marked) is recognisable.
            MessageId = $"task-{run.Task.Id}-{run.Entry.Id:N}@participation.site",
            Body = new TextPart("plain") { Text = Placeholders.Fill(run.Workflow.Setting("message"), run) },
        };
        message.From.Add(options.Value.From);
        message.To.AddRange(to);
        message.ReplyTo.AddRange(MailAddresses.ParseList(Placeholders.Fill(run.Workflow.Setting("replyTo"), run)));

        // RFC 3834: out-of-office replies are not sent back to an automatic message.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    // A visitor's answer inside a header must not end the header and start another (Bcc:, a second Subject:).
    private static string HeaderValue(string value) =>
        string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
