namespace FundingPortal.Domain.Reviews.Experts;

/// <summary>An organisation the expert works or worked for; <see cref="To"/> is null while it lasts.</summary>
public sealed record ExpertAffiliation(Guid OrganisationId, DateOnly From, DateOnly? To);
