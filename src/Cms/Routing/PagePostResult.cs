namespace Participation.Cms.Routing;

/// <summary>What a page does after a POST: go somewhere (usually the same page with a thank-you), or show the page again.</summary>
public sealed record PagePostResult
{
    private PagePostResult()
    {
    }

    public string? RedirectUrl { get; private init; }

    public ContentPage? Page { get; private init; }

    public int StatusCode { get; private init; } = 200;

    /// <summary>Post/redirect/get: a reload does not post again. Only local URLs, so a form cannot redirect off the site.</summary>
    public static PagePostResult RedirectTo(string localUrl) =>
        localUrl.StartsWith('/') && !localUrl.StartsWith("//", StringComparison.Ordinal) && !localUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? new() { RedirectUrl = localUrl }
            : throw new ArgumentException("Only local URLs.", nameof(localUrl));

    /// <summary>The page again, e.g. with messages next to the fields (status 400) or a confirmation (200).</summary>
    public static PagePostResult Render(ContentPage page, int statusCode = 200) => new() { Page = page, StatusCode = statusCode };
}
