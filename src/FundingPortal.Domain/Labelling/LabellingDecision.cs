using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;

namespace FundingPortal.Domain.Labelling;

/// <summary>The committee's decision on a reviewed dossier. Taking it freezes the reviews; a label comes with a numbered certificate.</summary>
public sealed class LabellingDecision : Entity
{
    public const int MaxMotivationLength = 10_000;

    private LabellingDecision()
    {
    }

    public Guid ProposalId { get; private set; }
    public Guid CallId { get; private set; }
    public LabellingOutcome Outcome { get; private set; }
    public string Motivation { get; private set; } = string.Empty;
    public DateTimeOffset DecidedAt { get; private set; }
    public Guid DecidedBy { get; private set; }
    public string? CertificateNumber { get; private set; }

    /// <summary>Checked before a certificate number is drawn, so refused decisions do not burn numbers.</summary>
    public static Result EnsureDecidable(Proposal proposal, LabellingOutcome? outcome, string? motivation)
    {
        if (outcome is not { } o || !Enum.IsDefined(o))
        {
            return Error.Field("outcome", "validation_failed", "outcome is Labelled, NotLabelled or Deferred.");
        }

        if (string.IsNullOrWhiteSpace(motivation) || motivation.Trim().Length > MaxMotivationLength)
        {
            return Error.Field("motivation", "validation_failed", $"A written motivation is required ({MaxMotivationLength} characters at most).");
        }

        return proposal.Status switch
        {
            ProposalStatus.Reviewed => Result.Success(),
            ProposalStatus.Submitted or ProposalStatus.UnderReview =>
                Error.Conflict("reviews_pending", "Every assigned review must be submitted before the committee decides."),
            _ when !proposal.Status.IsBeforeLabellingDecision() && proposal.Status != ProposalStatus.Withdrawn =>
                Error.Conflict("already_decided", "The committee has already decided on this dossier."),
            _ => Error.Conflict("invalid_status", $"A dossier in status {proposal.Status} cannot be labelled."),
        };
    }

    public static Result<LabellingDecision> Decide(Proposal proposal, IReadOnlyList<ReviewAssignment> assignments, LabellingOutcome? outcome, string? motivation,
        string? certificateNumber, Guid decidedBy, DateTimeOffset now)
    {
        var decidable = EnsureDecidable(proposal, outcome, motivation);
        if (!decidable.IsSuccess)
        {
            return decidable.Error!;
        }

        if (outcome == LabellingOutcome.Labelled && string.IsNullOrEmpty(certificateNumber))
        {
            throw new ArgumentException("A label needs its certificate number.", nameof(certificateNumber));
        }

        proposal.ChangeStatus(StatusFor(outcome!.Value), now);
        foreach (var assignment in assignments.Where(a => a.ProposalId == proposal.Id))
        {
            assignment.Lock(now);
        }

        return new LabellingDecision
        {
            ProposalId = proposal.Id,
            CallId = proposal.CallId,
            Outcome = outcome.Value,
            Motivation = motivation!.Trim(),
            DecidedAt = now,
            DecidedBy = decidedBy,
            CertificateNumber = outcome == LabellingOutcome.Labelled ? certificateNumber : null,
        };
    }

    public static ProposalStatus StatusFor(LabellingOutcome outcome) => outcome switch
    {
        LabellingOutcome.Labelled => ProposalStatus.Labelled,
        LabellingOutcome.NotLabelled => ProposalStatus.NotLabelled,
        _ => ProposalStatus.Deferred,
    };
}
