using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Participation.Cms.Hosting;

/// <summary>
/// Secrets from a secrets store instead of plain configuration (ASVS 13.3.1): one setting per file, the file named by
/// its key with <c>__</c> for <c>:</c> (<c>ConnectionStrings__Cms</c>, <c>Forms__Mail__Smtp__Password</c>). Read from
/// systemd's credentials folder (<c>LoadCredential=</c>, <c>LoadCredentialEncrypted=</c>: <c>$CREDENTIALS_DIRECTORY</c>)
/// and from <c>Cms:SecretsDirectory</c> (a mounted container or Kubernetes secret). Added last, so a file wins over the
/// same key in appsettings, the environment or the command line.
/// </summary>
public static class SecretFiles
{
    public static WebApplicationBuilder AddSecretFiles(this WebApplicationBuilder builder)
    {
        var folders = new[] { Environment.GetEnvironmentVariable("CREDENTIALS_DIRECTORY"), builder.Configuration["Cms:SecretsDirectory"] }
            .Where(folder => !string.IsNullOrWhiteSpace(folder))
            .Select(folder => Path.GetFullPath(folder!, builder.Environment.ContentRootPath))
            .Distinct(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            // Not optional: a named folder that is missing is a deployment mistake, better told at start than as a
            // connection string that silently fell back to the default database.
            if (!Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"The secrets folder {folder} (CREDENTIALS_DIRECTORY or Cms:SecretsDirectory) does not exist.");
            }

            builder.Configuration.AddKeyPerFile(folder, optional: false, reloadOnChange: false);
        }

        return builder;
    }
}
