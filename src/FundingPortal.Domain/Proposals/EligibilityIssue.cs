namespace FundingPortal.Domain.Proposals;

/// <summary>A reason the dossier cannot be submitted yet: a stable code and a French message for the applicants.</summary>
public sealed record EligibilityIssue(string Code, string Message);
