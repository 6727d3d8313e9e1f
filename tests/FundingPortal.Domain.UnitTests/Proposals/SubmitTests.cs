using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Proposals.Submission;
using static FundingPortal.Domain.UnitTests.Proposals.ProposalFactory;

namespace FundingPortal.Domain.UnitTests.Proposals;

/// <summary>The submission rule itself, without HTTP: window, status, eligibility, then the version and its receipt.</summary>
public sealed class SubmitTests
{
    private static readonly Submitter Lead = new(Guid.NewGuid(), "key-1");

    private static Result<ProposalVersion> Submit(Dossier d, DateTimeOffset now, List<int>? frozen = null) =>
        d.Proposal.Submit(d.Call, d.Organisations, Lead, now, number =>
        {
            frozen?.Add(number);
            return Frozen(number);
        });

    [Fact]
    public void One_millisecond_before_19_October_18h_Paris_is_accepted_and_18h_itself_is_refused()
    {
        var accepted = Eligible();
        Assert.True(Submit(accepted, Deadline.AddMilliseconds(-1)).IsSuccess);

        var late = Eligible();
        var refused = Submit(late, Deadline);
        Assert.Equal(("deadline_passed", ErrorKind.Conflict), (refused.Error!.Code, refused.Error.Kind));
        Assert.Equal(ProposalStatus.Draft, late.Proposal.Status);
        Assert.Equal(0, late.Proposal.LatestVersion);
    }

    [Fact]
    public void The_cut_off_follows_winter_time_after_the_DST_change()
    {
        var call = Call(deadlineMonth: 12, deadlineDay: 19);
        var winterDeadline = new DateTimeOffset(2026, 12, 19, 17, 0, 0, TimeSpan.Zero);

        // 16:00Z would be 18:00 under summer time: still open in December.
        Assert.True(Submit(Eligible(call), new DateTimeOffset(2026, 12, 19, 16, 30, 0, TimeSpan.Zero)).IsSuccess);
        Assert.True(Submit(Eligible(call), winterDeadline.AddMilliseconds(-1)).IsSuccess);
        Assert.Equal("deadline_passed", Submit(Eligible(call), winterDeadline).Error!.Code);
    }

    [Fact]
    public void A_call_not_open_yet_refuses_with_call_not_open()
    {
        // A dossier cannot be created before the call opens; the rule looks at the time of the submission alone.
        var refused = Submit(Eligible(), new DateTimeOffset(2026, 5, 31, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(("call_not_open", ErrorKind.Conflict), (refused.Error!.Code, refused.Error.Kind));
    }

    [Fact]
    public void A_withdrawn_dossier_refuses_with_invalid_status()
    {
        var d = Eligible();
        Assert.True(d.Proposal.Withdraw(WhileOpen).IsSuccess);
        var refused = Submit(d, WhileOpen);
        Assert.Equal(("invalid_status", ErrorKind.Conflict), (refused.Error!.Code, refused.Error.Kind));
    }

    [Fact]
    public void An_ineligible_dossier_is_refused_with_its_issues_and_never_with_the_deadline_among_them()
    {
        var d = WithoutResearchOrganisation();
        var refused = Submit(d, Deadline.AddMinutes(-1));

        Assert.Equal(("proposal_ineligible", ErrorKind.BusinessRule), (refused.Error!.Code, refused.Error.Kind));
        var issues = Assert.IsAssignableFrom<IReadOnlyList<EligibilityIssue>>(refused.Error.Extensions!["issues"]);
        Assert.Contains(issues, i => i.Code == "too_few_research_organisations");
        Assert.DoesNotContain(issues, i => i.Code == "deadline_passed");
    }

    [Fact]
    public void The_window_is_checked_before_the_status_and_the_status_before_eligibility()
    {
        var ineligibleAndLate = WithoutResearchOrganisation();
        Assert.Equal("deadline_passed", Submit(ineligibleAndLate, Deadline).Error!.Code);

        var ineligibleAndWithdrawn = WithoutResearchOrganisation();
        Assert.True(ineligibleAndWithdrawn.Proposal.Withdraw(WhileOpen).IsSuccess);
        Assert.Equal("invalid_status", Submit(ineligibleAndWithdrawn, WhileOpen).Error!.Code);
    }

    [Fact]
    public void Each_accepted_submission_is_the_next_version_with_its_own_receipt()
    {
        var d = Eligible();
        var first = Submit(d, WhileOpen).Value;
        var second = Submit(d, WhileOpen.AddHours(1)).Value;

        Assert.Equal((1, "AR-FP-2026-0042-V1"), (first.Number, first.ReceiptNumber));
        Assert.Equal((2, "AR-FP-2026-0042-V2"), (second.Number, second.ReceiptNumber));
        Assert.Equal((2, ProposalStatus.Submitted, WhileOpen.AddHours(1)), (d.Proposal.LatestVersion, d.Proposal.Status, d.Proposal.LastSubmittedAt));
        Assert.Equal((Frozen(2).Json, Frozen(2).Sha256), (second.SnapshotJson, second.Sha256));
        Assert.Equal((d.Proposal.Id, WhileOpen.AddHours(1), Lead.UserId, "key-1"),
            (second.ProposalId, second.SubmittedAt, second.SubmittedByUserId, second.IdempotencyKey));
    }

    [Fact]
    public void A_new_submission_asks_for_screening_again()
    {
        var d = Eligible();
        Submit(d, WhileOpen);
        Assert.True(d.Proposal.Screen(eligible: true, null, WhileOpen.AddDays(1)).IsSuccess);
        Assert.NotNull(d.Proposal.ScreenedAt);

        Assert.True(Submit(d, WhileOpen.AddDays(2)).IsSuccess);
        Assert.Null(d.Proposal.ScreenedAt);
    }

    [Fact]
    public void The_content_is_frozen_once_with_the_new_version_number_and_never_on_a_refusal()
    {
        var frozen = new List<int>();
        var d = Eligible();
        Submit(d, WhileOpen, frozen);
        Submit(d, WhileOpen.AddHours(1), frozen);
        Assert.Equal([1, 2], frozen);

        var versionBefore = d.Proposal.ConcurrencyVersion;
        Submit(d, Deadline, frozen);
        Submit(WithoutResearchOrganisation(), WhileOpen, frozen);
        var withdrawn = Eligible();
        withdrawn.Proposal.Withdraw(WhileOpen);
        Submit(withdrawn, WhileOpen, frozen);
        Submit(Eligible(), Published.AddDays(2), frozen);

        Assert.Equal([1, 2], frozen);
        Assert.Equal(versionBefore, d.Proposal.ConcurrencyVersion);
    }
}
