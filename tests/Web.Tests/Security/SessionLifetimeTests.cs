using System.Buffers.Binary;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>ASVS 7.3.2 and 11.4.2: a session has an absolute end however busy it is, and passwords are hashed at OWASP's work factor.</summary>
public sealed class SessionLifetimeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ABusySessionStillEndsTwelveHoursAfterSigningIn()
    {
        var session = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        // A request every five hours keeps the 8-hour sliding expiry alive...
        site.Clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/umbraco")).StatusCode);
        site.Clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/umbraco")).StatusCode);

        // ...but not past twelve hours from signing in.
        site.Clock.Advance(TimeSpan.FromHours(3));
        var late = await session.Client.GetAsync("/umbraco");
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Equal("/umbraco/login", late.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public void PasswordsAreHashedWith210000Iterations()
    {
        var hasher = site.Services.GetRequiredService<IPasswordHasher<BackofficeUser>>();
        var hash = Convert.FromBase64String(hasher.HashPassword(new BackofficeUser(), BackofficeSession.Password));

        Assert.Equal(0x01, hash[0]); // Identity's version 3 format: PBKDF2 with the count stored after the algorithm
        Assert.Equal(210_000u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)));
    }
}
