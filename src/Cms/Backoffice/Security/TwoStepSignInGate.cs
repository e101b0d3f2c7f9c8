using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// Holds a session whose role needs two-step sign-in (<see cref="TwoStepSignInOptions.RequiredForRoles"/>) and that has
/// not passed two steps at the enrolment page: pages send it there, every other endpoint that needs a signed-in user
/// answers 403. One gate in front of every policy, rather than a requirement added to each, so a feature's own policy
/// cannot forget it. Sign-out and the account page itself stay open.
/// </summary>
internal sealed class TwoStepSignInGate(RequestDelegate next, TwoStepSignInPolicy policy, SecurityLog log)
{
    public const string EnrolmentPath = "/umbraco/account";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true
            || policy.IsSatisfiedBy(context.User)
            || context.GetEndpoint() is not { } endpoint
            || endpoint.Metadata.GetMetadata<IAuthorizeData>() is null
            || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || context.Request.Path.StartsWithSegments(EnrolmentPath)
            || context.Request.Path.StartsWithSegments("/umbraco/logout"))
        {
            return next(context);
        }

        log.AccessDenied(context);
        if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
        {
            context.Response.Redirect(EnrolmentPath);
            return Task.CompletedTask;
        }

        return TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Two-step sign-in required",
            detail: $"Your role must use two-step sign-in. Turn it on at {EnrolmentPath} first.").ExecuteAsync(context);
    }
}
