using System.Net;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Proposals;

/// <summary>
/// Pins what one submit costs in database round trips (issue 22, ADRs 0037 and 0041), so that a change adding one shows
/// here rather than as a slower deadline rush.
/// </summary>
[Collection(Collections.Proposals)]
public sealed class SubmitRoundTripTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiFactory _factory = factory;

    [Fact]
    public async Task A_submit_reads_in_one_round_trip_and_writes_in_one_batch()
    {
        // Listening from the start: EF Core stops raising transaction events for a while once it saw nobody listening, so
        // a listener attached just before the measured request could miss a COMMIT.
        using var roundTrips = new DatabaseRoundTrips();
        var c = await Consortium.Create(_factory);
        await c.MakeEligible();
        // A first submit warms the caches a deadline rush runs on (the published call, the session, the account).
        await Consortium.Expect(c.Submit(Guid.NewGuid().ToString()), HttpStatusCode.OK);

        roundTrips.Clear();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/proposals/{c.ProposalId}/submit");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        await Consortium.Expect(c.Lead.SendAsync(roundTrips.Traced(request)), HttpStatusCode.OK);

        // One read (dossier, partners' organisations, audit-chain head), then one batch of writes: PostgreSQL's implicit
        // transaction, no BEGIN and no COMMIT of their own.
        var seen = roundTrips.Describe();
        Assert.True(roundTrips.RoundTrips == 2, $"expected 2 round trips, saw {roundTrips.RoundTrips}:\n{seen}");
        Assert.True(roundTrips.Commands == 2 && roundTrips.Commits == 0, $"expected 1 read and 1 batch of writes, saw:\n{seen}");
        Assert.Contains("INSERT INTO \"proposal_versions\"", roundTrips.Seen[1], StringComparison.Ordinal);
    }
}
