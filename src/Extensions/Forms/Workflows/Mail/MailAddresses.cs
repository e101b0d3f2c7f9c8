using MimeKit;

namespace Participation.Extensions.Forms.Workflows.Mail;

/// <summary>Addresses as a workflow's <c>to</c> and <c>replyTo</c> hold them: one or more, separated by <c>;</c> or <c>,</c>.</summary>
internal static class MailAddresses
{
    // Strict: "name" alone (no domain) or a quoted display name with a line break is not an address.
    private static readonly ParserOptions Strict = new() { AllowAddressesWithoutDomain = false, AddressParserComplianceMode = RfcComplianceMode.Strict };

    /// <summary>The valid addresses in <paramref name="text"/>; an invalid one is left out rather than failing the others.</summary>
    public static IReadOnlyList<MailboxAddress> ParseList(string text) =>
        text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => TryParse(part, out var address) ? address : null)
            .OfType<MailboxAddress>()
            .ToList();

    public static bool TryParse(string text, out MailboxAddress address)
    {
        address = null!;
        if (text.Any(char.IsControl) || !MailboxAddress.TryParse(Strict, text, out var parsed) || !parsed.Address.Contains('@'))
        {
            return false;
        }

        address = parsed;
        return true;
    }
}
