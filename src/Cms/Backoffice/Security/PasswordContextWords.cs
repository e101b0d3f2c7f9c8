using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// The context-specific words of ASVS 6.1.2 and 6.2.11 (listed in docs/security.md): what a guesser who knows this site
/// and this user tries first. A password is refused when its letters and digits, without case, contain one of them.
/// Words shorter than <see cref="MinimumLength"/> are left out, so a short name does not rule out half the language.
/// </summary>
internal sealed partial class PasswordContextWords(PublishedSnapshotService snapshots, IOptionsMonitor<PasswordContextOptions> options)
{
    public const int MinimumLength = 4;

    /// <summary>The product (Participation.Site), its Finnish field and the CMS it stands in for.</summary>
    public static readonly IReadOnlyList<string> Product = ["participation", "osallisuus", "umbraco"];

    public bool AreIn(string password, BackofficeUser user)
    {
        var text = LettersAndDigits(password);
        return Words(user).Any(word => text.Contains(word, StringComparison.Ordinal));
    }

    public IEnumerable<string> Words(BackofficeUser user)
    {
        var settings = options.CurrentValue;
        IEnumerable<string> words =
        [
            .. Product, .. settings.ContextWords, .. SiteNames(settings),
            .. WithParts(user.UserName), .. WithParts(user.DisplayName), .. EmailParts(user.Email),
        ];
        return words.Select(LettersAndDigits).Where(w => w.Length >= MinimumLength).Distinct();
    }

    private IEnumerable<string> SiteNames(PasswordContextOptions settings)
    {
        if (snapshots.Current.Home is not { } home)
        {
            return [];
        }

        return home.Cultures.Keys.SelectMany(culture =>
        {
            var named = settings.SiteNameProperties.Select(alias => home.Value<string>(alias, culture)).OfType<string>().Where(v => v.Length > 0).ToList();
            return named.Count > 0 ? named : [home.Name(culture)];
        });
    }

    // "aino.virtanen@kouvola.fi": the whole address, aino.virtanen, aino, virtanen and kouvola (the top-level domain says nothing).
    private static IEnumerable<string> EmailParts(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return at < 0 ? WithParts(email) : [email!, .. WithParts(email![..at]), .. email[(at + 1)..].Split('.')[..^1]];
    }

    private static IEnumerable<string> WithParts(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : [value, .. NotLettersOrDigits().Split(value)];

    private static string LettersAndDigits(string value) => new([.. value.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NotLettersOrDigits();
}
