using FundingPortal.Domain.Calls;
using static FundingPortal.Domain.UnitTests.Calls.CallFactory;

namespace FundingPortal.Domain.UnitTests.Calls;

/// <summary>A draft may be incomplete; a published call may not: publishing lists everything still missing.</summary>
public sealed class PublicationTests
{
    private static readonly DateTimeOffset Before = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    private static Call Draft(params CallFunder[] funders) =>
        Call.Create(new CallDefinition("Appel", null, null, ["FR-BRE"],
            new CallTimeline(Paris(2026, 6, 1, 9), Paris(2026, 10, 19, 18), Paris(2026, 11, 15, 18), Paris(2026, 11, 25, 14), Paris(2027, 2, 15, 18)),
            EligibilityRules.Default, EvaluationGrid.Default, 2, false, funders), Before).Value;

    [Fact]
    public void A_call_without_funders_is_saved_as_a_draft_but_not_published()
    {
        var call = Draft();

        var published = call.Publish(Before);

        Assert.Equal("call_incomplete", published.Error!.Code);
        Assert.Equal(FundingPortal.Domain.Common.ErrorKind.BusinessRule, published.Error.Kind);
        Assert.Contains("funder", Assert.Single(published.Error.FieldErrors!["funders"]));
        Assert.Equal(CallStatus.Draft, call.StatusAt(Before));
        Assert.Null(call.PublishedAt);
    }

    [Fact]
    public void Every_funder_with_an_empty_envelope_is_listed()
    {
        var call = Draft(FunderWith(1_000_000m, 0), FunderWith(0m, 1), FunderWith(0m, 2));

        var published = call.Publish(Before);

        Assert.Equal("call_incomplete", published.Error!.Code);
        Assert.Equal(["funders[1].envelope", "funders[2].envelope"], published.Error.FieldErrors!.Keys.Order());
    }

    [Fact]
    public void A_complete_call_is_published()
    {
        var call = Draft(FunderWith(2_000_000m));

        Assert.True(call.Publish(Before).IsSuccess);
        Assert.Equal(CallStatus.Published, call.StatusAt(Before));
    }
}
