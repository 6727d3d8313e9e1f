namespace FundingPortal.Domain.Reviews.Conflicts;

public sealed record ExpertConflictProfile(
    Guid ExpertId,
    IReadOnlyList<Affiliation> Affiliations,
    IReadOnlyList<DeclaredConflict> DeclaredConflicts);
