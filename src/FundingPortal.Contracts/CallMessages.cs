namespace FundingPortal.Contracts;

public sealed record CallClosed(Guid CallId, string Title, DateTimeOffset ClosedAt);
