using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals.Submission.Rules;

namespace FundingPortal.Domain.Proposals;

/// <summary>
/// Two-stage calls: a dossier is first a pre-proposal (project, consortium, one estimated total per partner) submitted
/// before the pre-proposal deadline; the cluster shortlists it, and only an invited dossier goes on to the full stage
/// (detailed budgets, the call's budget rules, the submission deadline).
/// </summary>
public sealed partial class Proposal
{
    public const int MaxFeedbackLength = 4000;

    public string? ShortlistFeedback { get; private set; }
    public DateTimeOffset? ShortlistedAt { get; private set; }

    public ProposalStage StageIn(Call call) => StageOf(call.IsTwoStage, Status);

    /// <summary>The stage of a dossier in this status, in a two-stage call or not (lists read it without loading the aggregate).</summary>
    public static ProposalStage StageOf(bool twoStageCall, ProposalStatus status) =>
        twoStageCall && status is ProposalStatus.Draft or ProposalStatus.PreProposalSubmitted or ProposalStatus.NotInvited
            ? ProposalStage.PreProposal
            : ProposalStage.Full;

    public decimal TotalEstimate => _partners.Sum(p => p.EstimatedTotal ?? 0);

    /// <summary>One partner's estimated total at the pre-proposal stage (the detailed budget comes at the full stage).</summary>
    public Result SetEstimate(Guid organisationId, decimal total, Call call, DateTimeOffset now)
    {
        if (StageIn(call) != ProposalStage.PreProposal)
        {
            return Error.Conflict("invalid_state", call.IsTwoStage
                ? "Estimated totals belong to the pre-proposal; at the full stage each partner fills in its detailed budget."
                : "This call has no pre-proposal stage: each partner fills in its detailed budget.");
        }

        var editable = EnsureEditable(call, now);
        if (!editable.IsSuccess)
        {
            return editable;
        }

        if (total < 0 || total > Budget.MaxLineAmount * 5 || !Money.HasAtMostTwoDecimals(total))
        {
            return Error.Field("total", "invalid_amount", "The estimated total is in euros, zero or more, with at most 2 decimals (5 000 000 000 € at most).");
        }

        var partner = _partners.FirstOrDefault(p => p.OrganisationId == organisationId);
        if (partner is null)
        {
            return Error.NotFound("Partner");
        }

        partner.SetEstimate(total, now);
        Touch(now);
        return Result.Success();
    }

    /// <summary>
    /// The cluster's answer to a pre-proposal, once the pre-proposal deadline has passed (every pre-proposal is in, and
    /// none can change any more): invited to the full stage, or not, with feedback for the consortium (required when not).
    /// </summary>
    public Result Shortlist(bool invited, string? feedback, Call call, DateTimeOffset now)
    {
        if (Status != ProposalStatus.PreProposalSubmitted)
        {
            return Error.Conflict("invalid_state", $"Only a submitted pre-proposal is shortlisted; this dossier is {Status}.");
        }

        if (call.PreProposal is { } stage && now < stage.Deadline.Utc)
        {
            return Error.Conflict("pre_proposal_stage_open", "The pre-proposal deadline has not passed yet: consortia may still change their pre-proposals.");
        }

        if (!invited && string.IsNullOrWhiteSpace(feedback))
        {
            return Error.Field("feedback", "validation_failed", "Tell the consortium why its pre-proposal is not shortlisted.");
        }

        if (feedback?.Length > MaxFeedbackLength || TextRules.HasForbiddenCharacters(feedback, multiline: true))
        {
            return Error.Field("feedback", "validation_failed", $"The feedback is {MaxFeedbackLength:N0} characters at most, without control characters.");
        }

        Status = invited ? ProposalStatus.InvitedToFullProposal : ProposalStatus.NotInvited;
        ShortlistFeedback = string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim();
        ShortlistedAt = now;
        Touch(now);
        return Result.Success();
    }

    /// <summary>What a pre-proposal may change, until the pre-proposal deadline; a dossier left out of the shortlist changes no more.</summary>
    private Result EnsurePreProposalEditable(Call call, DateTimeOffset now) => new PreProposalMustBeBeforeItsDeadlineRule(this, call, now).Check();

    internal static Error NotInvited() =>
        Error.Conflict("not_invited", "This pre-proposal was not shortlisted: the full dossier cannot be completed or submitted.");
}
