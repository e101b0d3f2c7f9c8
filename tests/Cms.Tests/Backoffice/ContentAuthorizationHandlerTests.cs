using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;
using Participation.Cms.Tests.Infrastructure;

namespace Participation.Cms.Tests.Backoffice;

/// <summary>The one content rule, role by role: editors do everything, writers edit only the types marked writersMayEdit, nobody else anything.</summary>
public sealed class ContentAuthorizationHandlerTests
{
    private static readonly ContentType WritersArticle = TestContentTypes.Article with { WritersMayEdit = true };

    [Theory]
    [InlineData(BackofficeRoles.Admin, "Edit", "section", true)]
    [InlineData(BackofficeRoles.Editor, "Edit", "section", true)]
    [InlineData(BackofficeRoles.Editor, "Publish", "article", true)]
    [InlineData(BackofficeRoles.Editor, "CreateChild", "home", true)]
    [InlineData(BackofficeRoles.Editor, "CreateChild", "article", false)]
    [InlineData(BackofficeRoles.Writer, "Edit", "article", true)]
    [InlineData(BackofficeRoles.Writer, "Edit", "section", false)]
    [InlineData(BackofficeRoles.Writer, "Publish", "article", false)]
    [InlineData(BackofficeRoles.Writer, "CreateChild", "home", true)]
    [InlineData(BackofficeRoles.Writer, "CreateChild", "article", false)]
    [InlineData("Visitor", "Edit", "article", false)]
    [InlineData(null, "Edit", "article", false)]
    public async Task TheRuleDecidesByRoleAndTheContentTypesData(string? role, string operation, string type, bool allowed)
    {
        await using var host = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite);
        await TestContentTypes.InstallAsync(host);
        await host.ContentTypes.SaveAsync(WritersArticle, "test");
        var handler = new ContentAuthorizationHandler(host.ContentTypes);
        var identity = role is null ? new ClaimsIdentity() : new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone"), new Claim(ClaimTypes.Role, role)], "test");
        var requirement = ContentOperations.Named(operation);
        var context = new AuthorizationHandlerContext([requirement], new ClaimsPrincipal(identity), await host.ContentTypes.GetAsync(type));

        await handler.HandleAsync(context);

        Assert.Equal(allowed, context.HasSucceeded);
    }

    [Fact]
    public async Task WithoutAnItemOnlyTheRoleDecidesPublishing()
    {
        await using var host = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite);
        var handler = new ContentAuthorizationHandler(host.ContentTypes);

        async Task<bool> MayPublish(string role)
        {
            var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));
            var context = new AuthorizationHandlerContext([ContentOperations.Publish], user, null);
            await handler.HandleAsync(context);
            return context.HasSucceeded;
        }

        Assert.True(await MayPublish(BackofficeRoles.Editor));
        Assert.False(await MayPublish(BackofficeRoles.Writer));
    }
}
