namespace Participation.Cms.Search;

/// <summary>What a node found in an index folder at start; anything but <see cref="Ready"/> means the index was reset and must be rebuilt.</summary>
public enum IndexOpening
{
    Ready,
    Missing,
    Corrupt,
    OlderSchema,
}
