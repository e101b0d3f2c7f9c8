namespace Participation.Cms.DeliveryApi;

/// <summary>
/// A request the API cannot answer as asked; becomes a 400 ProblemDetails with Umbraco's <c>type: "Error"</c>.
/// Thrown only while reading the query, before any work is done.
/// </summary>
internal sealed class DeliveryQueryException(string title, string detail) : Exception(detail)
{
    public string Title { get; } = title;

    public static DeliveryQueryException Selector() => new("Selector option not found", "The attempted 'fetch' option does not exist");

    public static DeliveryQueryException Filter() => new("Filter option not found", "One of the attempted 'filter' options does not exist");

    public static DeliveryQueryException Sort() => new("Sort option not found", "One of the attempted 'sort' options does not exist");
}
