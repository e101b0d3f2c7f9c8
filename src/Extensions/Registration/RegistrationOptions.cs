using System.ComponentModel.DataAnnotations;

namespace Participation.Extensions.Registration;

/// <summary>Bound from <c>Registration</c>.</summary>
public sealed class RegistrationOptions
{
    /// <summary>Days before the start when confirmed participants get a reminder.</summary>
    [Range(0, 60)]
    public int ReminderDays { get; set; } = 2;

    /// <summary>How long after the event the link in a mail still opens the registration.</summary>
    [Range(1, 365)]
    public int LinkValidDaysAfterEvent { get; set; } = 30;

    /// <summary>Days after the event when names, addresses and answers (diet, accessibility) are replaced; the counts stay.</summary>
    [Range(1, 3650)]
    public int AnonymiseDaysAfterEvent { get; set; } = 30;

    /// <summary>The registration form's field aliases that registration reads.</summary>
    public string NameField { get; set; } = "name";

    public string EmailField { get; set; } = "email";

    public string PartySizeField { get; set; } = "partySize";

    public string DietField { get; set; } = "diet";

    public string DietOtherField { get; set; } = "dietOther";
}
