using FundingPortal.Domain.Calls;
using static FundingPortal.Domain.UnitTests.Calls.CallFactory;

namespace FundingPortal.Domain.UnitTests.Calls;

/// <summary>A call form with several mistakes lists them all in one answer, not one per submission.</summary>
public sealed class EveryErrorAtOnceTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_missing_title_and_milestones_out_of_order_are_reported_together()
    {
        var definition = new CallDefinition(" ", null, null, ["FR-BRE"],
            new CallTimeline(Paris(2026, 11, 1, 9), Paris(2026, 10, 19, 18), Paris(2026, 11, 15, 18), Paris(2026, 11, 25, 14), Paris(2027, 2, 15, 18)),
            EligibilityRules.Default, EvaluationGrid.Default, 2, false, [FunderWith(1_000_000m)]);

        var created = Call.Create(definition, Now);

        Assert.Equal("validation_failed", created.Error!.Code);
        Assert.Equal(["submissionDeadline", "title"], created.Error.FieldErrors!.Keys.Order());
    }

    [Fact]
    public void A_single_broken_rule_keeps_its_own_code()
    {
        var definition = new CallDefinition("Appel", null, null, ["FR-BRE"],
            new CallTimeline(Paris(2026, 11, 1, 9), Paris(2026, 10, 19, 18), Paris(2026, 11, 15, 18), Paris(2026, 11, 25, 14), Paris(2027, 2, 15, 18)),
            EligibilityRules.Default, EvaluationGrid.Default, 2, false, [FunderWith(1_000_000m)]);

        Assert.Equal("timeline_out_of_order", Call.Create(definition, Now).Error!.Code);
    }

    [Fact]
    public void The_description_rules_hold_whatever_the_dates()
    {
        var errors = Call.DescriptionErrors(null, null, null, [], 0);

        Assert.Equal(["expertsPerProposal", "territory", "title"], errors.Keys.Order());
    }
}
