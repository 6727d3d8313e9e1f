using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Committees.ListCommitteeCandidates;

public sealed record CommitteeInvitationDto(Guid Id, string Email, DateTimeOffset ExpiresAt);

/// <param name="Members">Who may sit on the call's committee today (the same rule the scheduling checks).</param>
/// <param name="Pending">Invitations to the committee still waiting for an answer.</param>
public sealed record CommitteeCandidatesResponse(IReadOnlyList<CommitteeCandidateDto> Members, IReadOnlyList<CommitteeInvitationDto> Pending);

/// <param name="External">A named external member (accepted invitation), not one of the cluster's managers.</param>
public sealed record CommitteeCandidateDto(Guid UserId, string Email, bool External);

/// <summary>A call's committee: the cluster managers and the external members who accepted, and the invitations pending.</summary>
public sealed class ListCommitteeCandidates(IAppDbContext db, CommitteeSessions sessions, CommitteeEligibility eligibility, TimeProvider clock)
{
    public async Task<Result<CommitteeCandidatesResponse>> Handle(Guid callId, CancellationToken ct)
    {
        if (!sessions.CallerIsManager || !await db.Calls.AnyAsync(c => c.Id == callId, ct))
        {
            return Error.NotFound("Call");
        }

        var now = clock.GetUtcNow();
        var members = (await eligibility.For(callId, ct)).Select(u => new CommitteeCandidateDto(u.UserId, u.Email, !u.Roles.Contains(Roles.ClusterManager))).ToList();
        var pending = await db.Invitations.AsNoTracking()
            .Where(i => i.CallId == callId && i.Kind == InvitationKind.Committee && i.Status == InvitationStatus.Pending && i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt).Select(i => new CommitteeInvitationDto(i.Id, i.Email, i.ExpiresAt)).ToListAsync(ct);
        return new CommitteeCandidatesResponse(members, pending);
    }
}
