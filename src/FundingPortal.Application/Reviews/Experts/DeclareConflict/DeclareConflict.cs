using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Reviews.Assignments;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Reviews;
using FundingPortal.Domain.Reviews.Conflicts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Experts.DeclareConflict;

/// <summary>
/// An expert declares a conflict with an organisation or a dossier. Open assignments it now catches are declined
/// (reason ConflictOfInterest) and their slots reassigned, so a conflicted expert is never left on a dossier.
/// </summary>
public sealed class DeclareConflict(IAppDbContext db, ICurrentUser user, DeclinedSlots declinedSlots, IAuditTrail audit,
    IOutbox outbox, RetryOnConflict retry, TimeProvider clock)
{
    public Task<Result<DeclaredConflictDto>> Handle(DeclareConflictRequest request, CancellationToken ct) => retry.Run(() => Declare(request, ct));

    private async Task<Result<DeclaredConflictDto>> Declare(DeclareConflictRequest request, CancellationToken ct)
    {
        if (user.ExpertId is not { } expertId)
        {
            return Error.Forbidden("Only experts declare conflicts of interest.");
        }

        var expert = await db.Experts.Include(e => e.DeclaredConflicts).FirstAsync(e => e.Id == expertId, ct);
        if (request.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            return Error.Field("organisationId", "unknown_organisation", "This organisation does not exist.");
        }

        // Only dossiers of the expert's own calls can be named: other ids are not theirs to probe.
        if (request.ProposalId is { } proposalId && !await db.Proposals.AnyAsync(p => p.Id == proposalId && expert.CallIds.Contains(p.CallId), ct))
        {
            return Error.Field("proposalId", "unknown_proposal", "No dossier of your calls has this id.");
        }

        var now = clock.GetUtcNow();
        var declared = expert.DeclareConflict(request.OrganisationId, request.ProposalId, request.Reason, now);
        if (!declared.IsSuccess)
        {
            return declared.Error!;
        }

        var declined = await DeclineCaughtAssignments(expert.Id, declared.Value.OrganisationId, declared.Value.ProposalId, now, ct);
        await audit.RecordAsync(ReviewAuditStreams.Expert, expert.Id, "conflict_declared", null, null,
            new { declared.Value.OrganisationId, declared.Value.ProposalId, declined }, ct);
        var saved = await db.TrySaveChangesAsync(ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        return DeclaredConflictDto.From(declared.Value, declined);
    }

    private async Task<int> DeclineCaughtAssignments(Guid expertId, Guid? organisationId, Guid? proposalId, DateTimeOffset now, CancellationToken ct)
    {
        var open = await db.ReviewAssignments
            .Where(a => a.ExpertId == expertId && (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted) && a.LockedAt == null)
            .ToListAsync(ct);
        var declined = 0;
        foreach (var assignment in open)
        {
            var caught = assignment.ProposalId == proposalId
                || (organisationId is { } o && await db.Proposals.AnyAsync(p => p.Id == assignment.ProposalId && p.Partners.Any(x => x.OrganisationId == o), ct));
            var before = assignment.Status;
            if (!caught || !assignment.Decline(DeclineReason.ConflictOfInterest, null, now).IsSuccess)
            {
                continue;
            }

            declined++;
            var reassigned = await declinedSlots.Reassign(assignment, now, ct);
            var reference = await db.Proposals.Where(p => p.Id == assignment.ProposalId).Select(p => p.Reference).FirstAsync(ct);
            await audit.RecordAsync(ReviewAuditStreams.Assignment, assignment.Id, "assignment_declined", before.ToString(),
                assignment.Status.ToString(), new { reason = ConflictOfInterestCodes.DeclaredConflict, reassigned }, ct);
            outbox.Enqueue(new AssignmentDeclined(assignment.Id, assignment.ProposalId, assignment.CallId, reference, expertId,
                nameof(DeclineReason.ConflictOfInterest), now, reassigned > 0));
        }

        return declined;
    }
}
