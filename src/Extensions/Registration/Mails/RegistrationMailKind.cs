namespace Participation.Extensions.Registration.Mails;

/// <summary>Why a participant is mailed; each kind has its subject and text in the registration texts.</summary>
public enum RegistrationMailKind
{
    Confirmed,
    Waitlisted,
    Promoted,
    Cancelled,
    Interested,

    /// <summary>Signed up again with the same address: the link to the existing registration, sent to that address only.</summary>
    Again,
    Changed,
    EventCancelled,
    Reminder,

    /// <summary>The time and place of an event that took expressions of interest are now set: sign up.</summary>
    TimeSet,

    /// <summary>The organiser's own message to everyone registered.</summary>
    Message,
}
