using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals.RequestCorrection;

public sealed record CorrectionRequestBody(string? Message, LocalTimeDto? DueAt, IReadOnlyList<CorrectionScope>? Scope);

/// <summary>
/// A manager asks the consortium to correct named parts of a submitted dossier before a due date. The request opens the
/// scope in the aggregate, is written to the audit chain and into the dossier's thread, and the consortium is told.
/// </summary>
public sealed class RequestCorrection(IAppDbContext db, ProposalVisibility visibility, ICurrentUser user, IAuditTrail audit, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result<CorrectionRequestResponse>> Handle(Guid proposalId, CorrectionRequestBody request, CancellationToken ct)
    {
        var found = await visibility.FindVisible(proposalId, track: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (proposal, relation) = found.Value;
        if (relation != ProposalRelation.Manager)
        {
            return ProposalAccess.IsConsortium(relation) ? Error.Forbidden("Only the cluster's managers ask for corrections.") : ProposalAccess.Hidden();
        }

        if (request.DueAt is null)
        {
            return Error.Field("dueAt", "validation_failed", "dueAt (a local date and time with its time zone) is required.");
        }

        var dueAt = LocalInstant.Parse(request.DueAt.LocalDateTime, request.DueAt.TimeZone);
        if (!dueAt.IsSuccess)
        {
            return dueAt.Error!;
        }

        var now = clock.GetUtcNow();
        var statusBefore = proposal.Status;
        var requested = proposal.RequestCorrection(request.Message, dueAt.Value, request.Scope ?? [], user.UserId, now);
        if (!requested.IsSuccess)
        {
            return requested.Error!;
        }

        var correction = requested.Value;
        var message = ProposalMessage.Write(proposal.Id, user.UserId, user.Email, MessageSide.Cluster, correction.Message, correction.Id, now);
        if (message.IsSuccess)
        {
            db.ProposalMessages.Add(message.Value);
        }

        outbox.Enqueue(new CorrectionRequested(correction.Id, proposal.Id, proposal.Reference, proposal.Acronym, correction.Message,
            correction.DueAt.Utc, correction.Scope.Select(s => s.ToString()).ToList(), now));
        await audit.RecordAsync(AuditStreams.Proposal, proposal.Id, "correction_requested", statusBefore.ToString(), proposal.Status.ToString(),
            new { correctionRequestId = correction.Id, scope = correction.Scope.Select(s => s.ToString()), dueAt = correction.DueAt.Utc }, ct);
        var saved = await db.TrySaveChangesAsync(ct);
        return saved.IsSuccess ? CorrectionRequestResponse.From(correction, now) : saved.Error!;
    }
}
