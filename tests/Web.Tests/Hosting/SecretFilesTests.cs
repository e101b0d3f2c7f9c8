using System.Net;
using Npgsql;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Hosting;

/// <summary>
/// ASVS 13.3.1: the connection string comes from a file in a secrets folder (systemd's <c>$CREDENTIALS_DIRECTORY</c>,
/// or <c>Cms:SecretsDirectory</c> for a mounted secret), not from the environment. The site runs as its own process so
/// the folder is given the way systemd gives it, and it must start on the database named only in that file.
/// </summary>
[Collection(nameof(SecretFilesTests))]
[CollectionDefinition(nameof(SecretFilesTests), DisableParallelization = true)]
public sealed class SecretFilesTests
{
    [Theory]
    [InlineData("CREDENTIALS_DIRECTORY")]
    [InlineData("Cms__SecretsDirectory")]
    public async Task TheSiteStartsOnTheDatabaseNamedInASecretFile(string folderVariable)
    {
        var database = TestPostgres.CreateDatabase();
        var secrets = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "participation-web-tests", Guid.NewGuid().ToString("N"), "credentials")).FullName;
        await File.WriteAllTextAsync(Path.Combine(secrets, "ConnectionStrings__Cms"), database + "\n"); // as `echo ... | systemd-creds encrypt` leaves it

        await using (var site = await SiteProcess.StartAsync(new Dictionary<string, string>
        {
            ["Cms__Database__Provider"] = "PostgreSQL",
            [folderVariable] = secrets,
        }))
        {
            Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/")).StatusCode);
        }

        // The first import went into the database the file names, and nowhere else.
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"cmsNode\"", connection);
        Assert.True((long)(await count.ExecuteScalarAsync())! > 10);
        Directory.Delete(Path.GetDirectoryName(secrets)!, recursive: true);
    }

    [Fact]
    public async Task ASecretsFolderThatIsMissingStopsTheStartSayingWhich()
    {
        var missing = Path.Combine(Path.GetTempPath(), "participation-web-tests", Guid.NewGuid().ToString("N"), "credentials");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SiteProcess.StartAsync(new Dictionary<string, string> { ["CREDENTIALS_DIRECTORY"] = missing }));

        Assert.Contains($"The secrets folder {missing} (CREDENTIALS_DIRECTORY or Cms:SecretsDirectory) does not exist.", refused.Message, StringComparison.Ordinal);
    }
}
