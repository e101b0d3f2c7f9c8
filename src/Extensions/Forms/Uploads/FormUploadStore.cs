using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Participation.Extensions.Forms.Uploads;

/// <summary>
/// The uploads folder, outside the web root. A file is written under a temporary name first and moved into place only
/// after its entry commits, so a refused or failed submission leaves nothing behind and a stored entry never points at
/// a half-written file.
/// </summary>
public sealed class FormUploadStore(IWebHostEnvironment environment, IOptions<FormsOptions> options)
{
    public string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.UploadsFolder));

    /// <summary>Writes the bytes under a temporary name; returns it.</summary>
    public async Task<string> StageAsync(byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, "." + Guid.NewGuid().ToString("N") + ".tmp");
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        return temporary;
    }

    public void Place(string temporary, string storageName) => File.Move(temporary, PathOf(storageName), overwrite: false);

    public void Discard(string temporary) => File.Delete(temporary);

    public Stream? Open(string storageName) => File.Exists(PathOf(storageName)) ? File.OpenRead(PathOf(storageName)) : null;

    public void Delete(string storageName) => File.Delete(PathOf(storageName));

    // Storage names are made here (id + checked extension), never by a visitor; the check is for a corrupt row.
    private string PathOf(string storageName) =>
        storageName.Length > 0 && storageName.IndexOfAny(['/', '\\']) < 0 && !storageName.StartsWith('.')
            ? Path.Combine(Folder, storageName)
            : throw new ArgumentException("Not a storage name.", nameof(storageName));
}
