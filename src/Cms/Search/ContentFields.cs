namespace Participation.Cms.Search;

/// <summary>The fields every content document has (besides the per-culture full text <c>name</c> and <c>body</c>).</summary>
public static class ContentFields
{
    public const string Key = "key";
    public const string Type = "type";
    public const string Ancestor = "ancestor";
    public const string Url = "url";
    public const string SortName = "sortName";
    public const string UpdateDate = "updateDate";
    public const string Level = "level";
    public const string Name = "name";
    public const string Body = "body";
}
