namespace FundingPortal.Domain.Proposals.Submission;

/// <summary>Who submits, and the Idempotency-Key their client sent (the same key returns the same receipt).</summary>
public sealed record Submitter(Guid UserId, string? IdempotencyKey);
