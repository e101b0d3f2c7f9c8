using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using Participation.Cms.Security.Transport;

namespace Participation.Extensions.Forms.Workflows.Mail;

/// <summary>
/// Sends through an SMTP server with MailKit, one connection per message: workflows are few and a held connection goes
/// stale. The relay may know the site by a client certificate, by a user name and password, or by its address.
/// </summary>
internal sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        if (smtp.HasClientCertificate)
        {
            client.ClientCertificates = [ClientCertificateFiles.Load(smtp.ClientCertificateFile!, smtp.ClientKeyFile!)];
        }

        if (!string.IsNullOrWhiteSpace(smtp.TrustedCertificateFile))
        {
            var roots = PrivateRoots.Load("Forms:Mail:Smtp:TrustedCertificateFile", smtp.TrustedCertificateFile);
            client.ServerCertificateValidationCallback = (_, certificate, _, errors) => PrivateRoots.Accept(certificate, errors, roots);
        }

        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
