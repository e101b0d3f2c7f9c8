namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// Who must use two-step sign-in, bound from <c>Cms:Backoffice:TwoStepSignIn</c>. Empty by default so that a local
/// trial starts without an authenticator app; the production checklist lists Admin and Editor (ASVS 6.3.3).
/// </summary>
public sealed class TwoStepSignInOptions
{
    /// <summary>The amr values (RFC 8176) that show the provider itself asked for more than one factor, used when none are configured.</summary>
    public static readonly IReadOnlyList<string> DefaultProviderMethods = ["mfa", "otp", "hwk"];

    /// <summary>Backoffice roles (Admin, Editor, Writer) whose users cannot use the backoffice until their session has passed a second step.</summary>
    public List<string> RequiredForRoles { get; set; } = [];

    /// <summary>
    /// The <c>amr</c> values in the OpenID Connect provider's ID token that count as a second step there; unset,
    /// <see cref="DefaultProviderMethods"/>. (A list, not a default list: the configuration binder would add to it.)
    /// </summary>
    public List<string> ProviderMethods { get; set; } = [];

    /// <summary>
    /// <c>acr</c> values that count as a second step at the provider. Sent as <c>acr_values</c> when set, so a provider
    /// that knows them asks for the second factor itself; none by default, as acr names differ between providers.
    /// </summary>
    public List<string> ProviderAcrValues { get; set; } = [];
}
