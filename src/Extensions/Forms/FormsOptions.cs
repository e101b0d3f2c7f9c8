namespace Participation.Extensions.Forms;

/// <summary>Bound from <c>Forms</c>.</summary>
public sealed class FormsOptions
{
    /// <summary>Uploaded files, relative to the content root: outside the web root, served only to the backoffice as downloads.</summary>
    public string UploadsFolder { get; set; } = "App_Data/form-uploads";

    /// <summary>Server-to-server calls of the Forms API send this in <c>Api-Key</c> instead of an antiforgery token. Unset: browsers only.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Per uploaded file, whatever a field allows.</summary>
    public int MaxUploadKb { get; set; } = 8 * 1024;

    /// <summary>A whole API body: one largest file as base64 (a third larger) and the answers.</summary>
    public int MaxBodyKb { get; set; } = 12 * 1024;

    /// <summary>Public form posts per client per minute (page and API together).</summary>
    public int PostsPerMinute { get; set; } = 20;
}
