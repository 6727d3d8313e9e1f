using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Common.Telemetry;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Proposals.Submission;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.SubmitProposal;

public sealed record ReceiptDto(string Number, string Sha256);

public sealed record SubmissionResponse(Guid ProposalId, string Reference, int Version, DateTimeOffset SubmittedAt, DateTime SubmittedAtParis, ReceiptDto Receipt,
    IReadOnlyList<AttachmentDto> Attachments);

/// <summary>
/// Freezes the dossier as a new version: the aggregate decides (<see cref="Proposal.Submit"/>) and asks for the
/// snapshot only once it has accepted. The same Idempotency-Key returns the same receipt: the database's unique index on
/// (dossier, key) settles two identical requests racing each other. A repeated key is rare, so the first attempt does
/// not look for it: the unique index refuses the duplicate, and the retry (or a refusal, such as a retry arriving after
/// the deadline) looks the key up and answers with the receipt it already has.
/// </summary>
public sealed class SubmitProposal(
    IAppDbContext db,
    IBatchedSave save,
    ICurrentUser user,
    ProposalContextLoader loader,
    ProposalAccess access,
    IAuditTrail audit,
    IOutbox outbox,
    IEnumerable<ISubmissionListener> listeners,
    RetryOnConflict retry,
    PortalMetrics metrics,
    TimeProvider clock)
{
    public async Task<Result<SubmissionResponse>> Handle(Guid proposalId, string? idempotencyKey, CancellationToken ct)
    {
        if (idempotencyKey is { Length: > 200 })
        {
            return Error.Validation("invalid_idempotency_key", "The Idempotency-Key header is 200 characters at most.");
        }

        // Another submit of the same dossier committed first: start again from fresh data; with the same key, the
        // second attempt finds the version the first one created.
        return await retry.Run((attempt, token) => TrySubmit(proposalId, idempotencyKey, lookUpKeyFirst: attempt > 1, token), RetryOnConflict.DefaultAttempts, ct);
    }

    private async Task<Result<SubmissionResponse>> TrySubmit(Guid proposalId, string? idempotencyKey, bool lookUpKeyFirst, CancellationToken ct)
    {
        var dossier = await DossierToSubmit.Load(db, audit, proposalId, ct);
        if (dossier is null)
        {
            return ProposalAccess.Hidden();
        }

        var proposal = dossier.Proposal;

        var relation = await access.RelationTo(proposal, ct);
        if (relation == ProposalRelation.None)
        {
            return ProposalAccess.Hidden();
        }

        if (relation != ProposalRelation.LeadMember)
        {
            return Error.Forbidden("Only the lead organisation submits the dossier.");
        }

        if (lookUpKeyFirst && await Previous(proposalId, idempotencyKey, ct) is { } earlier)
        {
            return Describe(proposal, earlier);
        }

        var context = await loader.Complete(proposal, dossier.Organisations, ct);
        // To the microsecond, as stored: a replay of the same key answers the very submittedAt the first answer gave.
        var now = StoredInstant.Of(clock.GetUtcNow());
        var statusBefore = proposal.Status;
        var submitted = proposal.Submit(context.Call, context.Organisations, new Submitter(user.UserId, idempotencyKey), now,
            number => ProposalSnapshot.Build(context, number, now));
        if (!submitted.IsSuccess)
        {
            if (!lookUpKeyFirst && await Previous(proposalId, idempotencyKey, ct) is { } accepted)
            {
                return Describe(proposal, accepted);
            }

            metrics.Refused(submitted.Error!.Code);
            return Worded(submitted.Error!);
        }

        var version = submitted.Value;
        db.ProposalVersions.Add(version);
        outbox.Enqueue(new ProposalSubmitted(proposal.Id, proposal.CallId, proposal.Reference, proposal.Acronym, version.Number, version.ReceiptNumber,
            version.SubmittedAt, proposal.LeadOrganisationId, proposal.Partners.Select(p => p.OrganisationId).ToList(), version.IsCorrection,
            version.IsPreProposal));
        foreach (var listener in listeners)
        {
            listener.OnSubmitted(proposal, version);
        }

        if (version.CorrectionRequestId is { } correctionId)
        {
            // Only the dossier row is tracked (LoadProposalToChangeItsRowOnly): the answered request is saved explicitly.
            db.CorrectionRequests.Entry(proposal.Corrections.Single(c => c.Id == correctionId)).State = EntityState.Modified;
        }

        await audit.RecordAsync(AuditStreams.Proposal, proposal.Id, version.IsCorrection ? "correction_answered" : "proposal_submitted", statusBefore.ToString(),
            proposal.Status.ToString(),
            version.IsCorrection
                ? (object)new { version = version.Number, receipt = version.ReceiptNumber, sha256 = version.Sha256, correctionRequestId = version.CorrectionRequestId }
                : new { version = version.Number, receipt = version.ReceiptNumber, sha256 = version.Sha256 }, ct);
        var saved = await save.TrySaveAsync(ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        metrics.Submitted(version.IsCorrection);
        return Describe(proposal, version);
    }

    private async Task<ProposalVersion?> Previous(Guid proposalId, string? idempotencyKey, CancellationToken ct) =>
        idempotencyKey is null
            ? null
            : await db.ProposalVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ProposalId == proposalId && v.IdempotencyKey == idempotencyKey, ct);

    private static SubmissionResponse Describe(Proposal proposal, ProposalVersion version) =>
        new(proposal.Id, proposal.Reference, version.Number, version.SubmittedAt, ParisTime.ToLocal(version.SubmittedAt),
            new ReceiptDto(version.ReceiptNumber, version.Sha256),
            proposal.Attachments.Select(AttachmentDto.From).ToList());

    /// <summary>The domain lists the blocking issues by code and facts; clients read them as sentences in their language.</summary>
    private static Error Worded(Error error) =>
        error.Extensions?.GetValueOrDefault("issues") is IEnumerable<EligibilityIssue> issues
            ? error.With("issues", EligibilityTexts.Describe(issues, Languages.Current))
            : error;
}
