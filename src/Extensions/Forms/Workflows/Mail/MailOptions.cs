using System.ComponentModel.DataAnnotations;
using MailKit.Security;
using MimeKit;
using Participation.Cms.Security.Transport;

namespace Participation.Extensions.Forms.Workflows.Mail;

/// <summary>Bound from <c>Forms:Mail</c>: how workflow mail leaves the site and whom it is from.</summary>
public sealed class MailOptions : IValidatableObject
{
    public MailTransportKind Transport { get; set; } = MailTransportKind.Pickup;

    /// <summary>Relative to the content root. A local relay or a person collects the <c>.eml</c> files.</summary>
    public string PickupFolder { get; set; } = "App_Data/mail-pickup";

    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>The sender of every workflow mail; required, so no mail goes out from a guessed address.</summary>
    [Required]
    public string FromAddress { get; set; } = "";

    public string FromName { get; set; } = "";

    public MailboxAddress From => new(FromName, FromAddress);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MailAddresses.TryParse(FromAddress, out _))
        {
            yield return new ValidationResult("Forms:Mail:FromAddress must be one e-mail address.", [nameof(FromAddress)]);
        }

        if (Transport == MailTransportKind.Smtp && string.IsNullOrWhiteSpace(Smtp.Host))
        {
            yield return new ValidationResult("Forms:Mail:Smtp:Host is required when Forms:Mail:Transport is Smtp.", [nameof(Smtp)]);
        }

        if (Transport == MailTransportKind.Smtp)
        {
            foreach (var problem in Smtp.Problems())
            {
                yield return new ValidationResult(problem, [nameof(Smtp)]);
            }
        }
    }

    public sealed class SmtpSettings
    {
        public string Host { get; set; } = "";

        [Range(1, 65535)]
        public int Port { get; set; } = 587;

        /// <summary>None, StartTls, SslOnConnect or Auto (MailKit's names). StartTls by default: a password never crosses in clear.</summary>
        public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

        public string? UserName { get; set; }

        public string? Password { get; set; }

        /// <summary>
        /// A PEM certificate (with <see cref="ClientKeyFile"/>) that the relay accepts instead of a user name and
        /// password, as Postfix's <c>permit_tls_clientcerts</c> does (ASVS 13.2.1). Read at each send, so a renewed
        /// short-lived certificate needs no restart.
        /// </summary>
        public string? ClientCertificateFile { get; set; }

        public string? ClientKeyFile { get; set; }

        /// <summary>A PEM file with the CA (or certificate) the relay's certificate must chain to, for an internal relay; the system's roots when empty.</summary>
        public string? TrustedCertificateFile { get; set; }

        internal bool HasClientCertificate => !string.IsNullOrWhiteSpace(ClientCertificateFile);

        internal IEnumerable<string> Problems()
        {
            foreach (var problem in ClientCertificateFiles.Problems("Forms:Mail:Smtp", ClientCertificateFile, ClientKeyFile))
            {
                yield return problem;
            }

            if (HasClientCertificate && Security is not (SecureSocketOptions.StartTls or SecureSocketOptions.SslOnConnect))
            {
                yield return $"Forms:Mail:Smtp:Security is {Security}, but a client certificate is only presented over TLS: set it to StartTls or SslOnConnect.";
            }

            if (!string.IsNullOrWhiteSpace(TrustedCertificateFile) && !File.Exists(TrustedCertificateFile))
            {
                yield return $"Forms:Mail:Smtp:TrustedCertificateFile '{TrustedCertificateFile}' does not exist.";
            }
        }
    }
}

public enum MailTransportKind
{
    Pickup,
    Smtp,
}
