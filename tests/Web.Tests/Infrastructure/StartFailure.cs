namespace Participation.Web.Tests.Infrastructure;

/// <summary>Why a host would not start: every message in the exception and its inner ones, as the operator reads them.</summary>
public static class StartFailure
{
    public static string Messages(Exception exception) => exception is AggregateException all
        ? string.Join(" ", all.InnerExceptions.Select(Messages))
        : exception.Message + " " + (exception.InnerException is { } inner ? Messages(inner) : "");
}
