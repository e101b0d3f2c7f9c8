namespace Participation.Cms.Notifications;

/// <summary>Something that happened inside a unit of work; handlers see it only after the transaction commits.</summary>
public interface INotification;
