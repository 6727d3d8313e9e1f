using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;

namespace FundingPortal.Api.IntegrationTests.Operations;

/// <summary>
/// Several hosts live in this test process: one that stops must not take the instruments of another out of its scrape.
/// The stop of a host is what this test watches, so it starts one itself (<see cref="CollectionRulesTests"/>).
/// </summary>
[Collection(Collections.Reviews)]
public sealed class NeighbourHostMetricsTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task The_scrape_keeps_its_instruments_when_another_host_of_the_process_stops()
    {
        var s = await ReviewScenario.Create(factory);
        await s.SubmitDossier("VOISIN", ["IA"]);

        var neighbour = new ApiFactory();
        await ((IAsyncLifetime)neighbour).InitializeAsync();
        await ((IAsyncLifetime)neighbour).DisposeAsync();

        // A meter that stopped is reported once more, then its metrics leave the scrape.
        await MetricsTests.Scrape(s.Manager);
        var scrape = await MetricsTests.Scrape(s.Manager);
        Assert.True(MetricsTests.Value(scrape, "fp_submissions_total", "kind=\"submission\"") >= 1, scrape);
        Assert.Contains("fp_outbox_lag_seconds", scrape, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", scrape, StringComparison.Ordinal);
    }
}
