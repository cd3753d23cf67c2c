namespace FdiReview.Domain.Audit;

/// <summary>Someone opened a case's page: which page (console, portal, audit) and who.</summary>
public sealed record CasePageOpened(Guid NotificationId, string Page, Actor By, DateTimeOffset At);

/// <summary>Someone downloaded a document of a case.</summary>
public sealed record DocumentOpened(Guid NotificationId, Guid DocumentId, string FileName, Actor By, DateTimeOffset At);
