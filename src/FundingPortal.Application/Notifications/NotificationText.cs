namespace FundingPortal.Application.Notifications;

/// <summary>The French title and body of a notification; the same words go into its e-mail.</summary>
public sealed record NotificationText(string Title, string Body);
