using System.ComponentModel.DataAnnotations;
using Participation.Cms.Site;

namespace Participation.Cms.Backoffice.Origin;

/// <summary>
/// <c>Cms:Backoffice:Host</c>: a host name of its own for the backoffice (e.g. <c>hallinta.example.fi</c>), so that the
/// browser's same-origin rules keep the public pages and the editors' pages apart (ASVS 3.5.4). Empty: one host
/// serves both, as in Umbraco.
/// </summary>
public sealed class BackofficeHostOptions : IValidatableObject
{
    public string? Host { get; set; }

    /// <summary>A link from the backoffice to a public page: to the public host when the backoffice has its own.</summary>
    public string PublicLink(SiteOptions site, string path) =>
        string.IsNullOrEmpty(Host) ? path : new Uri(site.PublicBaseUrl, path).ToString();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(Host) && Uri.CheckHostName(Host) is UriHostNameType.Unknown)
        {
            yield return new ValidationResult("Cms:Backoffice:Host must be a host name alone, such as hallinta.example.fi (no scheme, port or path).", [nameof(Host)]);
        }
    }
}
