namespace Participation.Cms.Backoffice.Security;

/// <summary>The three backoffice roles, from most to least privileged.</summary>
public static class BackofficeRoles
{
    /// <summary>Users, content types and settings, and everything an editor does.</summary>
    public const string Admin = "Admin";

    /// <summary>All content, publishing included.</summary>
    public const string Editor = "Editor";

    /// <summary>Writes drafts of blog posts and news; an editor publishes them.</summary>
    public const string Writer = "Writer";

    public static readonly IReadOnlyList<string> All = [Admin, Editor, Writer];

    /// <summary>The content types a writer may create and edit.</summary>
    public static readonly IReadOnlySet<string> WriterContentTypes = new HashSet<string>(StringComparer.Ordinal) { "blogPost", "newsArticle" };
}
