namespace Participation.Cms.Routing;

/// <summary>
/// Gives one content type a model of its own (a directory with filters and paging, an event with its seats left),
/// like an Umbraco render controller. Types without a builder get a plain <see cref="ContentPage"/>. Async, so a page
/// can read what is not in the snapshot (registrations, bookings) without blocking a thread.
/// </summary>
public interface IPageModelBuilder
{
    string ContentType { get; }

    Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken);
}
