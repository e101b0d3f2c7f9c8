using System.ComponentModel.DataAnnotations;

namespace Participation.Cms.PageCache;

/// <summary><c>Cms:PageCache</c>: the rendered public pages kept in memory (<see cref="PageCacheMiddleware"/>).</summary>
public sealed class PageCacheOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The longest a page is kept for one published snapshot. A publish replaces the snapshot and so every page at once;
    /// this bounds only what changes with the clock alone (an event moving to the past, an article's date arriving).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A larger page is rendered every time rather than kept.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxPageBytes { get; set; } = 1024 * 1024;

    /// <summary>All kept pages together; past this the cache starts again empty (a crawler trying every query string cannot grow it).</summary>
    [Range(1024 * 1024, long.MaxValue)]
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// Keep rendered page parts (<see cref="KeptFragments"/>) for what the page cache does not answer. Independent of
    /// <see cref="Enabled"/>, so each can be measured without the other.
    /// </summary>
    public bool Fragments { get; set; } = true;

    /// <summary>One snapshot's kept parts together, in characters (two bytes each): about a thousand article pages.</summary>
    [Range(0, long.MaxValue)]
    public long MaxFragmentChars { get; set; } = 8L * 1024 * 1024;
}
