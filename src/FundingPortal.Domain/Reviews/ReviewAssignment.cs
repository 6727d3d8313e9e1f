using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Reviews;

/// <summary>
/// An expert asked to review one dossier: Invited → Accepted | Declined → Submitted. The review it holds is
/// locked once submitted, and for good once the committee has decided on the dossier.
/// </summary>
public sealed class ReviewAssignment : Entity
{
    public const int MaxDeclineCommentLength = 2000;

    private static readonly string[] RequiredToSubmit = ["Required to submit the review."];

    private ReviewAssignment()
    {
    }

    public Guid ProposalId { get; private set; }
    public Guid CallId { get; private set; }
    public Guid ExpertId { get; private set; }
    public AssignmentStatus Status { get; private set; }
    public AssignmentOrigin Origin { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset? RespondedAt { get; private set; }
    public DeclineReason? DeclineReason { get; private set; }
    public string? DeclineComment { get; private set; }
    public Review? Review { get; private set; }
    public DateTimeOffset? LockedAt { get; private set; }
    public int ConcurrencyVersion { get; private set; }

    public bool IsActive => Status != AssignmentStatus.Declined;

    public bool HasSubmittedReview => Status == AssignmentStatus.Submitted;

    public static ReviewAssignment Create(Guid proposalId, Guid callId, Guid expertId, AssignmentOrigin origin, DateTimeOffset dueAt, DateTimeOffset now) =>
        new()
        {
            ProposalId = proposalId,
            CallId = callId,
            ExpertId = expertId,
            Status = AssignmentStatus.Invited,
            Origin = origin,
            AssignedAt = now,
            DueAt = dueAt,
            ConcurrencyVersion = 1,
        };

    public Result Accept(DateTimeOffset now)
    {
        switch (Status)
        {
            case AssignmentStatus.Declined:
                return Declined();
            case AssignmentStatus.Invited:
                Status = AssignmentStatus.Accepted;
                RespondedAt = now;
                Touch();
                return Result.Success();
            default:
                return Result.Success();
        }
    }

    public Result Decline(DeclineReason reason, string? comment, DateTimeOffset now)
    {
        if (comment?.Length > MaxDeclineCommentLength)
        {
            return Error.Field("comment", "validation_failed", $"The comment is {MaxDeclineCommentLength} characters at most.");
        }

        if (Status == AssignmentStatus.Declined)
        {
            return Result.Success();
        }

        if (Status == AssignmentStatus.Submitted)
        {
            return Error.Conflict("review_already_submitted", "The review is submitted; the assignment can no longer be declined.");
        }

        Status = AssignmentStatus.Declined;
        DeclineReason = reason;
        DeclineComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        RespondedAt = now;
        Touch();
        return Result.Success();
    }

    /// <summary>Saving a draft accepts an invitation: writing the review is the clearest acceptance there is.</summary>
    public Result SaveDraft(ReviewDraft draft, EvaluationGrid grid, DateTimeOffset now)
    {
        var editable = EnsureReviewEditable();
        if (!editable.IsSuccess)
        {
            return editable;
        }

        var valid = draft.Validate(grid);
        if (!valid.IsSuccess)
        {
            return valid;
        }

        Accept(now);
        Review ??= new Review();
        Review.Apply(draft, now);
        Touch();
        return Result.Success();
    }

    public Result SubmitReview(EvaluationGrid grid, DateTimeOffset now)
    {
        var editable = EnsureReviewEditable();
        if (!editable.IsSuccess)
        {
            return editable;
        }

        var missing = Review?.MissingFor(grid) ?? [.. grid.Criteria.Select(c => $"scores.{c.Key}"), "recommendation"];
        if (missing.Count > 0)
        {
            return new Error("review_incomplete", "The review cannot be submitted until every criterion is scored and a recommendation is given.",
                    ErrorKind.BusinessRule) { FieldErrors = missing.ToDictionary(f => f, _ => RequiredToSubmit) }
                .With("missing", missing);
        }

        var offScale = Review!.Scores.Where(s => !ScoreScale.Accepts(s.Value, grid.ScaleMax)).Select(s => $"scores.{s.Key}").ToList();
        if (offScale.Count > 0)
        {
            return new Error("review_incomplete", $"Some scores are off the 0–{grid.ScaleMax} scale.", ErrorKind.BusinessRule).With("missing", offScale);
        }

        Status = AssignmentStatus.Submitted;
        RespondedAt ??= now;
        Review.MarkSubmitted(now);
        Touch();
        return Result.Success();
    }

    /// <summary>The committee decided on the dossier: nothing about this review may change any more.</summary>
    public void Lock(DateTimeOffset now)
    {
        LockedAt ??= now;
        Touch();
    }

    public Result EnsureRemovable()
    {
        return LockedAt is not null ? ReviewLocked() : Result.Success();
    }

    private Result EnsureReviewEditable()
    {
        if (LockedAt is not null)
        {
            return ReviewLocked();
        }

        return Status switch
        {
            AssignmentStatus.Declined => Declined(),
            AssignmentStatus.Submitted => Error.Conflict("review_locked", "This review is submitted and can no longer be changed."),
            _ => Result.Success(),
        };
    }

    private static Error ReviewLocked() =>
        Error.Conflict("review_locked", "The labelling committee has decided on this dossier; its reviews are frozen.");

    private static Error Declined() => Error.Conflict("assignment_declined", "This assignment was declined.");

    private void Touch() => ConcurrencyVersion++;

    /// <summary>Retention (ADR 0033): the expert's free text about the dossier is erased; who reviewed, when and the scores stay. Idempotent.</summary>
    public void ErasePersonalText()
    {
        DeclineComment = null;
        Review?.EraseComments();
    }
}
