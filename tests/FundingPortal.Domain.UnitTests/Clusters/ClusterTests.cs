using FundingPortal.Domain.Clusters;

namespace FundingPortal.Domain.UnitTests.Clusters;

public sealed class ClusterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_cluster_has_a_name_an_upper_case_short_name_and_known_distinct_regions()
    {
        var cluster = Cluster.Create(" Pôle TES ", "tes", ["FR-NOR"], Now).Value;
        Assert.Equal("Pôle TES", cluster.Name);
        Assert.Equal("TES", cluster.ShortName);
        Assert.Equal(["FR-NOR"], cluster.Regions);
    }

    [Fact]
    public void Every_bad_field_is_named_at_once()
    {
        var error = Cluster.Create("", "É", ["FR-NOR", "FR-NOR"], Now).Error!;
        Assert.Equal("validation_failed", error.Code);
        Assert.Equal(["name", "regions", "shortName"], error.FieldErrors!.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("regions", Cluster.Create("EMC2", "EMC2", [], Now).Error!.FieldErrors!.Keys);
        Assert.Contains("regions", Cluster.Create("EMC2", "EMC2", ["FR-XXX"], Now).Error!.FieldErrors!.Keys);
    }

    [Fact]
    public void A_co_labelling_decision_needs_a_motivation_and_is_taken_once()
    {
        var request = CoLabellingRequest.Ask(Guid.NewGuid(), Guid.NewGuid(), Now);
        Assert.Equal("validation_failed", request.Decide(CoLabellingOutcome.Labelled, "  ", Guid.NewGuid(), Now).Error!.Code);
        Assert.Equal("validation_failed", request.Decide((CoLabellingOutcome)7, "Oui.", Guid.NewGuid(), Now).Error!.Code);
        Assert.False(request.IsDecided);

        Assert.True(request.Decide(CoLabellingOutcome.NotLabelled, " Hors feuille de route. ", Guid.NewGuid(), Now).IsSuccess);
        Assert.Equal("Hors feuille de route.", request.Motivation);
        Assert.Equal("co_labelling_already_decided", request.Decide(CoLabellingOutcome.Labelled, "Finalement oui.", Guid.NewGuid(), Now).Error!.Code);
        Assert.Equal(CoLabellingOutcome.NotLabelled, request.Outcome);
    }
}
