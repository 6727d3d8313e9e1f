using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Reminders;

/// <summary>A review an expert still owes.</summary>
public sealed record PendingReview(Guid AssignmentId, Guid ExpertUserId, Guid CallId, string CallTitle, Guid ProposalId, string ProposalReference,
    string ProposalAcronym, LocalInstant ReviewDeadline);

/// <summary>Who must be reminded about reviews, and which calls an expert reviews (for the calendar).</summary>
public interface IPendingReviews
{
    Task<IReadOnlyList<PendingReview>> ListAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Guid>> CallsReviewedByAsync(Guid expertUserId, CancellationToken cancellationToken);
}
