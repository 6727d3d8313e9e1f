using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Committees.GetCommitteeSession;

public sealed class GetCommitteeSession(CommitteeSessions sessions)
{
    public async Task<Result<CommitteeSessionResponse>> Handle(Guid sessionId, CancellationToken ct)
    {
        var found = await sessions.Find(sessionId, track: false, ct);
        return found.IsSuccess ? await sessions.Describe(found.Value, ct) : found.Error!;
    }
}
