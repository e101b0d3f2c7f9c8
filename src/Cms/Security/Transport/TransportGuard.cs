using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Participation.Cms.Security.Transport;

/// <summary>
/// Looks at every feature's connections at start (options validation, so before any migration or listener) and, in
/// Production, stops the site on one that may travel in clear text unless its <c>Cms:Transport:AllowPlaintext</c>
/// switch is on, which is logged as a warning instead. Other environments (tests, a developer's machine) are not
/// checked.
/// </summary>
internal sealed class TransportGuard(IEnumerable<ITransportCheck> checks, IHostEnvironment environment, ILogger<TransportGuard> logger) : IValidateOptions<TransportOptions>
{
    public ValidateOptionsResult Validate(string? name, TransportOptions options)
    {
        if (!environment.IsProduction())
        {
            return ValidateOptionsResult.Skip;
        }

        var refused = new List<string>();
        foreach (var hop in checks.SelectMany(c => c.Find()))
        {
            if (options.AllowPlaintext.Allows(hop.Hop))
            {
                logger.LogWarning("Cms:Transport:AllowPlaintext:{Hop} is on, so the site starts although: {Problem}", hop.Hop, hop.Problem);
            }
            else
            {
                refused.Add($"{hop.Problem} (To accept the risk instead, set Cms:Transport:AllowPlaintext:{hop.Hop}=true.)");
            }
        }

        if (options.AllowPlaintext.Webhooks)
        {
            logger.LogWarning("Cms:Transport:AllowPlaintext:Webhooks is on: editors may send form entries to http:// addresses.");
        }

        return refused.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(refused);
    }
}
