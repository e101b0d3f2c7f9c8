namespace Participation.Cms.Hosting;

/// <summary>Bound from <c>Cms</c>.</summary>
public sealed class CmsOptions
{
    /// <summary>The site data imported into an empty database; found by walking up from the content root when not set.</summary>
    public string? DataFolder { get; set; }

    /// <summary>Import <c>umbraco-data/</c> on first start. Tests that build their own content turn this off.</summary>
    public bool ImportOnFirstStart { get; set; } = true;
}
