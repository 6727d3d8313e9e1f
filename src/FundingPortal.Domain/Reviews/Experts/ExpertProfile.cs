namespace FundingPortal.Domain.Reviews.Experts;

/// <summary>What a manager states about an expert when creating the profile.</summary>
public sealed record ExpertProfile(
    string DisplayName,
    IReadOnlyList<string> Expertise,
    IReadOnlyList<ExpertAffiliation> Affiliations,
    IReadOnlyList<Guid> CallIds);
