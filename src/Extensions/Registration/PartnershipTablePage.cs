using Participation.Cms.PropertyEditors;
using Participation.Cms.Routing;
using Participation.Extensions.Registration.Seats;
using Participation.Extensions.Registration.Signup;

namespace Participation.Extensions.Registration;

/// <summary>A partnership table or training: its time in the site's zone, venue, seats and registration state.</summary>
public sealed class PartnershipTablePage(PageContext context) : ContentPage(context)
{
    public DateTimeOffset? Start { get; init; }

    public DateTimeOffset? End { get; init; }

    public Venue? Venue { get; init; }

    /// <summary>Time or place still open ("ilmoitetaan myöhemmin"): the form takes expressions of interest.</summary>
    public bool ToBeAnnounced { get; init; }

    public RegistrationWindow? Registration { get; init; }

    public bool RegistrationOpen { get; init; }

    public bool IsPast { get; init; }

    /// <summary>0 = unlimited.</summary>
    public int Capacity { get; init; }

    public bool Waitlist { get; init; }

    public SeatCount Seats { get; init; } = new(0, 0);

    public int SeatsLeft => Capacity == 0 ? int.MaxValue : Math.Max(0, Capacity - Seats.Taken);

    /// <summary>Full and no queue: the form is not shown.</summary>
    public bool Full => Capacity > 0 && SeatsLeft == 0 && !Waitlist;

    /// <summary>The visitor's own registration, when they came through the link in their mail.</summary>
    public OwnRegistration? Mine { get; init; }

    /// <summary>A link was followed but opens nothing (expired, forged, or the registration is gone).</summary>
    public bool LinkInvalid { get; init; }

    public string? MapUrl => Venue is { Latitude: { } lat, Longitude: { } lon }
        ? FormattableString.Invariant($"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}")
        : Venue is { } v && v.AddressLine.Length > 0 ? "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString(v.AddressLine) : null;
}
