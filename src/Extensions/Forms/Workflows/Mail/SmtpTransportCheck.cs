using MailKit.Security;
using Microsoft.Extensions.Options;
using Participation.Cms.Security.Transport;

namespace Participation.Extensions.Forms.Workflows.Mail;

/// <summary>
/// SMTP to another host must use TLS that cannot be stripped (ASVS 12.3.1): <c>None</c> never encrypts, and MailKit's
/// <c>Auto</c> and <c>StartTlsWhenAvailable</c> carry on in clear text when the server (or someone on the way) does
/// not offer STARTTLS. The pickup folder writes files and has no connection.
/// </summary>
internal sealed class SmtpTransportCheck(IOptions<MailOptions> options) : ITransportCheck
{
    public IEnumerable<PlaintextHop> Find()
    {
        var mail = options.Value;
        if (mail.Transport == MailTransportKind.Smtp
            && mail.Smtp.Security is SecureSocketOptions.None or SecureSocketOptions.Auto or SecureSocketOptions.StartTlsWhenAvailable
            && !LoopbackHosts.Contains(mail.Smtp.Host))
        {
            yield return new PlaintextHop(
                "Smtp",
                $"Forms:Mail:Smtp:Security is {mail.Smtp.Security} for {mail.Smtp.Host}, so mail may cross the network in clear text: set it to StartTls or SslOnConnect.");
        }
    }
}
