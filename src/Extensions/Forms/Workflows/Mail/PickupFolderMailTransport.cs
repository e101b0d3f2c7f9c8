using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Participation.Extensions.Forms.Workflows.Mail;

/// <summary>
/// Writes each message as an <c>.eml</c> file. It is written under a temporary name and moved into place, so whatever
/// collects <c>*.eml</c> never reads half a message.
/// </summary>
internal sealed class PickupFolderMailTransport(IOptions<MailOptions> options, IHostEnvironment environment, TimeProvider clock) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(environment.ContentRootPath, options.Value.PickupFolder);
        Directory.CreateDirectory(folder);
        var name = $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(folder, name + ".tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await message.WriteToAsync(file, cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, Path.Combine(folder, name + ".eml"));
        }
        finally
        {
            File.Delete(temporary); // nothing left when the move happened; a partial file otherwise
        }
    }
}
