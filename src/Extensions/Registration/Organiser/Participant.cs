using Participation.Extensions.Registration.Seats;

namespace Participation.Extensions.Registration.Organiser;

/// <summary>One row of the participant list; <see cref="Answers"/> holds every answer, sensitive ones too: the page decides who sees them.</summary>
public sealed record Participant(EventRegistration Registration, int? Position, IReadOnlyDictionary<string, IReadOnlyList<string>> Answers);
