using MimeKit;

namespace Participation.Extensions.Forms.Workflows.Mail;

/// <summary>Where a finished message goes: an SMTP server, or a pickup folder. Throws when the message was not taken.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
