namespace Participation.Extensions.Forms.Builder;

/// <summary>
/// The HTML autocomplete tokens a field may carry (WCAG 1.3.5, ACT rule 73f2c2 checks that the token is valid):
/// those for a person's own details, plus on and off. Payment tokens are left out; forms here take no payments.
/// </summary>
public static class AutocompleteTokens
{
    public static readonly IReadOnlyList<string> All =
    [
        "off", "on", "name", "honorific-prefix", "given-name", "additional-name", "family-name", "honorific-suffix", "nickname",
        "email", "username", "organization-title", "organization", "street-address", "address-line1", "address-line2",
        "address-line3", "address-level4", "address-level3", "address-level2", "address-level1", "country", "country-name",
        "postal-code", "language", "bday", "bday-day", "bday-month", "bday-year", "sex", "url", "photo", "tel",
        "tel-country-code", "tel-national", "tel-area-code", "tel-local", "tel-extension", "impp",
    ];
}
