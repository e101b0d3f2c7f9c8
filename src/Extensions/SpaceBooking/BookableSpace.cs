using Participation.Cms.PublishedCache;

namespace Participation.Extensions.SpaceBooking;

/// <summary>A published <c>space</c> as booking reads it: its key, name, picked booking form, equipment tags and capacity.</summary>
public sealed record BookableSpace(Guid Key, string Name, Guid? FormId, IReadOnlyList<string> Equipment, int? Capacity)
{
    public const string ContentType = "space";

    public static BookableSpace From(PublishedContent content, string culture) => new(
        content.Key,
        content.Name(culture),
        content.Value<Guid?>("bookingForm", culture),
        content.Value<string[]>("equipment", culture) ?? [],
        content.Value<int?>("capacity", culture) is > 0 and var capacity ? capacity : null);
}
