namespace FundingPortal.Contracts;

/// <summary>A notification was stored for a user; its e-mail copy is sent by whoever consumes this.</summary>
public sealed record NotificationCreated(Guid NotificationId, Guid UserId);

/// <summary>An announcement has recipients waiting; whoever consumes this sends to them (safe to run twice at once).</summary>
public sealed record AnnouncementQueued(Guid AnnouncementId);
/// <summary>A webhook delivery is due now (its first attempt); later attempts are found by the retry job.</summary>
public sealed record WebhookDeliveryDue(Guid DeliveryId);
