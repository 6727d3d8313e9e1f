using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Domain.UnitTests.Calls;

internal static class CallFactory
{
    public static LocalInstant Paris(int year, int month, int day, int hour) =>
        LocalInstant.Create(new DateTime(year, month, day, hour, 0, 0), "Europe/Paris").Value;

    public static Call Published(LocalInstant opensAt, LocalInstant deadline, DateTimeOffset publishedAt, EligibilityRules? rules = null)
    {
        var definition = new CallDefinition("Appel test", "FUI", null, ["FR-BRE", "FR-NOR"],
            new CallTimeline(opensAt, deadline, Shift(deadline, 30), Shift(deadline, 40), Shift(deadline, 120)),
            rules ?? EligibilityRules.Default, EvaluationGrid.Default, 2, false, [FunderWith(1_000_000m)]);
        var call = Call.Create(definition, publishedAt).Value;
        Assert.True(call.Publish(publishedAt).IsSuccess);
        return call;
    }

    /// <summary>A call is published with at least one funder whose envelope is positive.</summary>
    public static CallFunder FunderWith(decimal envelope, int index = 0) =>
        CallFunder.Create(Guid.NewGuid(), envelope, new Dictionary<OrganisationCategory, decimal>
        {
            [OrganisationCategory.Sme] = 0.45m,
            [OrganisationCategory.MidCap] = 0.30m,
            [OrganisationCategory.Large] = 0.25m,
            [OrganisationCategory.Research] = 0.40m,
        }, null, index).Value;

    private static LocalInstant Shift(LocalInstant instant, int days) =>
        LocalInstant.Create(instant.LocalDateTime.AddDays(days), instant.TimeZone).Value;
}
