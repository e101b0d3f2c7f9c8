namespace Participation.Extensions.Forms.Entries;

/// <summary>An uploaded file of an entry. The bytes live outside the web root under <see cref="StorageName"/>, never served inline.</summary>
public sealed class FormEntryFile
{
    public Guid Id { get; set; }

    public Guid EntryId { get; set; }

    public string FieldAlias { get; set; } = "";

    /// <summary>The name the visitor's file had, cleaned; shown to editors and used as the download name.</summary>
    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    /// <summary>The file's name in the uploads folder: the id and the checked extension, nothing the visitor chose.</summary>
    public string StorageName { get; set; } = "";
}
