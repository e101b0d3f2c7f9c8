namespace Participation.Extensions.Forms.Builder;

/// <summary>
/// What a builder action came to: done (with the form's new version), refused with messages keyed by the input they
/// belong to, refused because another editor saved first, or the form is gone.
/// </summary>
public sealed record BuilderOutcome(BuilderStatus Status, IReadOnlyDictionary<string, string> Errors, long Version = 0, Guid Id = default)
{
    private static readonly Dictionary<string, string> None = [];

    public bool Succeeded => Status == BuilderStatus.Done;

    public static BuilderOutcome Done(Guid id, long version) => new(BuilderStatus.Done, None, version, id);

    public static BuilderOutcome Refused(IReadOnlyDictionary<string, string> errors) => new(BuilderStatus.Invalid, errors);

    public static BuilderOutcome Stale(string message) => new(BuilderStatus.Stale, new Dictionary<string, string> { [BuilderKeys.Form] = message });

    public static readonly BuilderOutcome Missing = new(BuilderStatus.Missing, None);
}

public enum BuilderStatus
{
    Done,
    Invalid,
    Stale,
    Missing,
}
