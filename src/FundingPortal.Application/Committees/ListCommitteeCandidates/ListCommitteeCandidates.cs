using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Committees.ListCommitteeCandidates;

/// <summary>Who may sit on a committee: the cluster managers whose address is confirmed (the same rule the scheduling checks).</summary>
public sealed class ListCommitteeCandidates(CommitteeSessions sessions, IUserDirectory users)
{
    public async Task<Result<IReadOnlyList<CommitteeMemberDto>>> Handle(CancellationToken ct)
    {
        if (!sessions.CallerIsManager)
        {
            return Error.NotFound("Committee members");
        }

        return (await users.InRoleAsync(Roles.ClusterManager, ct)).Where(u => u.EmailConfirmed).OrderBy(u => u.Email, StringComparer.Ordinal)
            .Select(u => new CommitteeMemberDto(u.UserId, u.Email)).ToList();
    }
}
