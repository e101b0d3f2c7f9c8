using Participation.Cms.PropertyEditors;
using Participation.Cms.Routing;

namespace Participation.Extensions.Registration;

/// <summary>A partnership table or training: its time in Helsinki, venue and computed registration deadline.</summary>
public sealed class PartnershipTablePage(PageContext context) : ContentPage(context)
{
    public DateTimeOffset? Start { get; init; }

    public DateTimeOffset? End { get; init; }

    public Venue? Venue { get; init; }

    /// <summary>Time or place still open ("ilmoitetaan myöhemmin").</summary>
    public bool ToBeAnnounced { get; init; }

    public RegistrationWindow? Registration { get; init; }

    public bool RegistrationOpen { get; init; }

    public bool IsPast { get; init; }

    public string? MapUrl => Venue is { Latitude: { } lat, Longitude: { } lon }
        ? FormattableString.Invariant($"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}")
        : Venue is { } v && v.AddressLine.Length > 0 ? "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString(v.AddressLine) : null;
}
