namespace Participation.Extensions.AreaCommittees.Ideas;

/// <summary>Column lengths, shared by the table and the checks of what an editor types.</summary>
public static class AreaIdeaLimits
{
    public const int Title = 200;

    public const int Text = 4000;

    public const int Answer = 4000;

    /// <summary>Far above any area's share; stops a slip of the keyboard (an extra three zeros) rather than a real sum.</summary>
    public const long CommittedEuros = 100_000_000;
}
