using FundingPortal.Domain.Reviews.Experts;

namespace FundingPortal.Application.Reviews.Experts;

public sealed record AffiliationRequest(Guid? OrganisationId, DateOnly? From, DateOnly? To);

public sealed record CreateExpertRequest(Guid? UserId, string? DisplayName, IReadOnlyList<string>? Expertise, IReadOnlyList<AffiliationRequest>? Affiliations,
    IReadOnlyList<Guid>? CallIds);

public sealed record DeclareConflictRequest(Guid? OrganisationId, Guid? ProposalId, string? Reason);

public sealed record DeclaredConflictDto(Guid Id, Guid? OrganisationId, Guid? ProposalId, string Reason, DateTimeOffset DeclaredAt, int DeclinedAssignments = 0)
{
    public static DeclaredConflictDto From(ExpertConflictDeclaration d, int declined = 0) =>
        new(d.Id, d.OrganisationId, d.ProposalId, d.Reason, d.DeclaredAt, declined);
}

/// <summary><c>id</c> and <c>expertId</c> are the same value: the id of the expert profile (not of the user).</summary>
public sealed record ExpertDto(
    Guid Id,
    Guid ExpertId,
    Guid UserId,
    string DisplayName,
    IReadOnlyList<string> Expertise,
    IReadOnlyList<ExpertAffiliation> Affiliations,
    IReadOnlyList<Guid> CallIds,
    IReadOnlyList<DeclaredConflictDto> DeclaredConflicts,
    DateTimeOffset CreatedAt)
{
    public static ExpertDto From(Expert e) =>
        new(e.Id, e.Id, e.UserId, e.DisplayName, e.Expertise, e.Affiliations, e.CallIds,
            e.DeclaredConflicts.OrderBy(d => d.DeclaredAt).Select(d => DeclaredConflictDto.From(d)).ToList(), e.CreatedAt);
}

/// <summary>The public list of a call's experts, from which applicants may ask for exclusions.</summary>
public sealed record CallExpertDto(Guid ExpertId, string DisplayName);
