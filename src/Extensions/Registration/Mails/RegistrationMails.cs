using System.Text.Json;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;
using Participation.Extensions.Registration.Seats;

namespace Participation.Extensions.Registration.Mails;

/// <summary>What a registration mail task carries: the registration, the kind, and for a few kinds a little more.</summary>
public sealed record RegistrationMailPayload(Guid Registration, RegistrationMailKind Kind, DateTimeOffset? Start = null, string? Subject = null, string? Message = null);

/// <summary>Puts registration mails into the forms outbox, in the caller's transaction.</summary>
public static class RegistrationMails
{
    public const string TaskType = "registration.mail";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Enqueue(ExtensionsDbContext db, EventRegistration registration, RegistrationMailKind kind, DateTime now, DateTime? due = null, DateTimeOffset? start = null, string? subject = null, string? message = null) =>
        WorkflowQueue.EnqueueTask(
            db,
            TaskType,
            registration.EntryId ?? registration.Id,
            registration.FormId,
            JsonSerializer.Serialize(new RegistrationMailPayload(registration.Id, kind, start, subject, message), Json),
            now,
            due);

    /// <summary>A reminder some days before the start; it knows the start it was meant for, so a moved event's old reminder stays quiet.</summary>
    public static void ScheduleReminder(ExtensionsDbContext db, EventRegistration registration, EventSchedule schedule, int daysBefore, DateTime now)
    {
        if (schedule.Start is { } start && !schedule.ToBeAnnounced && start.UtcDateTime.AddDays(-daysBefore) is var due && due > now)
        {
            Enqueue(db, registration, RegistrationMailKind.Reminder, now, due, start);
        }
    }

    public static RegistrationMailPayload? Read(string? payload) =>
        payload is null ? null : JsonSerializer.Deserialize<RegistrationMailPayload>(payload, Json);
}
