namespace FundingPortal.Domain.Proposals.Submission;

/// <summary>The canonical snapshot of an accepted submission and the SHA-256 printed on its receipt.</summary>
public sealed record FrozenContent(string Json, string Sha256);
