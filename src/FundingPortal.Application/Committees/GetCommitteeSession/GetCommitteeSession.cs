using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Committees.GetCommitteeSession;

/// <summary>A session as its reader may see it: whole for managers, read only and without their recused dossiers for members.</summary>
public sealed class GetCommitteeSession(CommitteeSessions sessions)
{
    public async Task<Result<CommitteeSessionResponse>> Handle(Guid sessionId, CancellationToken ct)
    {
        var found = await sessions.FindForReader(sessionId, ct);
        return found.IsSuccess ? await sessions.DescribeForCaller(found.Value, ct) : found.Error!;
    }
}
