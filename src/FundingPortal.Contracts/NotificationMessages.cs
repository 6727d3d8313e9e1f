namespace FundingPortal.Contracts;

/// <summary>A notification was stored for a user; its e-mail copy is sent by whoever consumes this.</summary>
public sealed record NotificationCreated(Guid NotificationId, Guid UserId);
