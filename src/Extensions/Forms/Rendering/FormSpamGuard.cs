using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Forms.Rendering;

/// <summary>
/// Two quiet robot checks for page posts, neither of which a person meets: a honeypot input that people never see
/// (hidden from sight and from assistive technology) and a minimum time between rendering and sending. A robot that
/// trips either gets the usual thank-you and nothing is stored, so it learns nothing.
/// </summary>
public sealed class FormSpamGuard(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("Participation.Forms.RenderedAt");

    public static string HoneypotName(FormDefinition form) => "website_" + form.Id.ToString("N")[..8];

    public string RenderedToken(FormDefinition form) =>
        protector.Protect(form.Id.ToString("N") + "|" + clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    /// <returns>Why the post looks automated, or null for a person.</returns>
    public string? Suspect(FormDefinition form, string? honeypot, string? renderedToken)
    {
        if (!string.IsNullOrEmpty(honeypot))
        {
            return "honeypot filled";
        }

        string plain;
        try
        {
            plain = protector.Unprotect(renderedToken ?? "");
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return "render token missing or forged";
        }

        var parts = plain.Split('|');
        if (parts.Length != 2 || parts[0] != form.Id.ToString("N") || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var renderedAt))
        {
            return "render token of another form";
        }

        return clock.GetUtcNow().ToUnixTimeSeconds() - renderedAt < form.MinimumFillSeconds ? "sent faster than a person fills it" : null;
    }
}
