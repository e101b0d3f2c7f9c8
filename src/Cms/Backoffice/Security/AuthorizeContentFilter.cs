using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// Runs the content rule for every page handler marked with <see cref="AuthorizeContentAttribute"/>, so no handler
/// checks roles or refuses by itself: an unknown item is not found, a refused one is forbidden (the cookie scheme
/// sends the browser to the access-denied page).
/// </summary>
internal sealed class AuthorizeContentFilter(IAuthorizationService authorization, CmsDatabase database, ContentTypeService contentTypes) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var rule = context.HandlerMethod?.MethodInfo.GetCustomAttribute<AuthorizeContentAttribute>()
            ?? context.HandlerInstance.GetType().GetCustomAttribute<AuthorizeContentAttribute>();
        if (rule is null)
        {
            await next();
            return;
        }

        var given = context.HandlerArguments.TryGetValue(rule.Item, out var argument) && argument is Guid;
        var type = argument is Guid key ? await TypeOfAsync(key, context.HttpContext.RequestAborted) : null;
        if (type is null && (given || !rule.TopLevel))
        {
            context.Result = new NotFoundResult();
            return;
        }

        if (!(await authorization.AuthorizeAsync(context.HttpContext.User, type, ContentOperations.Named(rule.Operation))).Succeeded)
        {
            context.Result = new ForbidResult();
            return;
        }

        await next();
    }

    private async Task<ContentType?> TypeOfAsync(Guid key, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var alias = await db.Nodes.AsNoTracking().Where(n => n.Key == key && n.Kind == NodeKind.Content).Select(n => n.ContentTypeAlias).FirstOrDefaultAsync(cancellationToken);
        return alias is null ? null : await contentTypes.GetAsync(alias, null, cancellationToken);
    }
}
