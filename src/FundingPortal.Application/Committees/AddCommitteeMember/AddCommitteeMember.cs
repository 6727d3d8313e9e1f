using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Committees.AddCommitteeMember;

public sealed record AddCommitteeMemberRequest(Guid? UserId);

/// <summary>
/// A manager adds a member to a session already scheduled: someone allowed to sit on the call's committee (an external
/// member once they accepted). The conflict-of-interest rules run for the newcomer as they did for the others.
/// </summary>
public sealed class AddCommitteeMember(IAppDbContext db, CommitteeSessions sessions, CommitteeEligibility eligibility, MemberConflicts conflicts,
    RetryOnConflict retry, TimeProvider clock)
{
    public Task<Result<CommitteeSessionResponse>> Handle(Guid sessionId, AddCommitteeMemberRequest request, CancellationToken ct) =>
        retry.Run(() => Add(sessionId, request, ct));

    private async Task<Result<CommitteeSessionResponse>> Add(Guid sessionId, AddCommitteeMemberRequest request, CancellationToken ct)
    {
        var found = await sessions.Find(sessionId, track: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        if (request.UserId is not { } userId)
        {
            return Error.Field("userId", "validation_failed", "The member to add is required.");
        }

        var session = found.Value;
        if (!(await eligibility.For(session.CallId, ct)).Any(u => u.UserId == userId))
        {
            return Error.Validation("not_committee_member", "Only people who accepted an invitation to this call's committee, and the cluster's managers, may sit on it.",
                new Dictionary<string, string[]> { ["userId"] = ["This person has not accepted an invitation to this call's committee."] });
        }

        var added = session.AddMember(userId);
        if (!added.IsSuccess)
        {
            return added.Error!;
        }

        await conflicts.RecuseConflicted(session, [userId], clock.GetUtcNow(), ct);
        var saved = await db.TrySaveChangesAsync(ct);
        return saved.IsSuccess ? await sessions.Describe(session, ct) : saved.Error!;
    }
}
