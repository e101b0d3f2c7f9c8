namespace Participation.Cms.Backoffice.Security;

/// <summary>The three backoffice roles, from most to least privileged.</summary>
public static class BackofficeRoles
{
    /// <summary>Users, content types and settings, and everything an editor does.</summary>
    public const string Admin = "Admin";

    /// <summary>All content, publishing included.</summary>
    public const string Editor = "Editor";

    /// <summary>Writes drafts of the content types marked <c>writersMayEdit</c> (news, blog posts); an editor publishes them.</summary>
    public const string Writer = "Writer";

    public static readonly IReadOnlyList<string> All = [Admin, Editor, Writer];
}
