using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Calls;

public sealed record CallTimeline
{
    public CallTimeline(LocalInstant opensAt, LocalInstant submissionDeadline, LocalInstant reviewDeadline, LocalInstant committeeDate,
        LocalInstant fundingDecisionDeadline)
    {
        OpensAt = opensAt;
        SubmissionDeadline = submissionDeadline;
        ReviewDeadline = reviewDeadline;
        CommitteeDate = committeeDate;
        FundingDecisionDeadline = fundingDecisionDeadline;
    }

    private CallTimeline()
    {
        OpensAt = SubmissionDeadline = ReviewDeadline = CommitteeDate = FundingDecisionDeadline = null!;
    }

    public LocalInstant OpensAt { get; private init; }
    public LocalInstant SubmissionDeadline { get; private init; }
    public LocalInstant ReviewDeadline { get; private init; }
    public LocalInstant CommitteeDate { get; private init; }
    public LocalInstant FundingDecisionDeadline { get; private init; }

    public IEnumerable<(string Name, LocalInstant Instant)> Milestones()
    {
        yield return ("opensAt", OpensAt);
        yield return ("submissionDeadline", SubmissionDeadline);
        yield return ("reviewDeadline", ReviewDeadline);
        yield return ("committeeDate", CommitteeDate);
        yield return ("fundingDecisionDeadline", FundingDecisionDeadline);
    }

    public Result Validate()
    {
        var milestones = Milestones().ToList();
        for (var i = 1; i < milestones.Count; i++)
        {
            if (milestones[i].Instant.Utc <= milestones[i - 1].Instant.Utc)
            {
                return Error.Field(milestones[i].Name, "timeline_out_of_order",
                    $"{milestones[i].Name} must come after {milestones[i - 1].Name}.");
            }
        }

        return Result.Success();
    }
}
