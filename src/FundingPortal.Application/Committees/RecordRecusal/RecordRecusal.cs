using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Committees.RecordRecusal;

/// <summary>
/// A manager records that a member leaves the room for a dossier (a conflict of interest declared at the session).
/// The member no longer counts among that dossier's voters; the recusal is in the minutes and the dossier's audit chain.
/// </summary>
public sealed class RecordRecusal(IAppDbContext db, CommitteeSessions sessions, IAuditTrail audit, TimeProvider clock)
{
    public async Task<Result<CommitteeSessionResponse>> Handle(Guid sessionId, RecusalRequest request, CancellationToken ct)
    {
        var found = await sessions.Find(sessionId, track: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var fields = new Dictionary<string, string[]>();
        if (request.UserId is null)
        {
            fields["userId"] = ["The member who leaves the room is required."];
        }

        if (request.ProposalId is null)
        {
            fields["proposalId"] = ["The dossier of the agenda is required."];
        }

        if (fields.Count > 0)
        {
            return Error.Validation("validation_failed", "The recusal cannot be recorded as entered.", fields);
        }

        var session = found.Value;
        var alreadyRecused = session.IsRecused(request.UserId!.Value, request.ProposalId!.Value);
        var recused = session.Recuse(request.UserId.Value, request.ProposalId.Value, request.Reason, detected: false, clock.GetUtcNow());
        if (!recused.IsSuccess)
        {
            return recused.Error!;
        }

        if (!alreadyRecused)
        {
            await audit.RecordAsync(AuditStreams.Proposal, request.ProposalId.Value, "committee_member_recused", null, null,
                new { committeeSessionId = session.Id, userId = request.UserId, reason = PersonalField.Of(request.Reason!.Trim(), request.UserId) }, ct);
        }

        var saved = await db.TrySaveChangesAsync(ct);
        return saved.IsSuccess ? await sessions.Describe(session, ct) : saved.Error!;
    }
}
