using System.Net;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Proposals;

/// <summary>
/// Pins what one submit costs in database round trips (issue 22, ADR 0037), so that a change adding one shows here
/// rather than as a slower deadline rush.
/// </summary>
[Collection(Collections.Proposals)]
public sealed class SubmitRoundTripTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiFactory _factory = factory;

    [Fact]
    public async Task A_submit_reads_in_one_round_trip_and_writes_in_one_transaction()
    {
        // Listening from the start: EF Core stops raising command events for a while once it saw nobody listening, so a
        // listener attached just before the measured request could miss its commands.
        using var roundTrips = new DatabaseRoundTrips();
        var c = await Consortium.Create(_factory);
        await c.MakeEligible();
        // A first submit warms the caches a deadline rush runs on (the published call, the session, the account).
        await Consortium.Expect(c.Submit(Guid.NewGuid().ToString()), HttpStatusCode.OK);

        // A submit answered 200 always ran commands: if none was seen, EF's event suppression hid them (seen in a fresh
        // clone's run: BEGIN and COMMIT only), so the submit is measured again rather than counted as zero.
        for (var attempt = 0; attempt < 3 && (attempt == 0 || roundTrips.Commands == 0); attempt++)
        {
            roundTrips.Clear();
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/proposals/{c.ProposalId}/submit");
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            await Consortium.Expect(c.Lead.SendAsync(roundTrips.Traced(request)), HttpStatusCode.OK);
        }

        // One read (dossier, partners' organisations, audit-chain head), then BEGIN with the batch of writes, then COMMIT.
        var seen = roundTrips.Describe();
        Assert.True(roundTrips.RoundTrips == 3, $"expected 3 round trips, saw {roundTrips.RoundTrips}:\n{seen}");
        Assert.True(roundTrips.Commands == 2 && roundTrips.Commits == 1, $"expected 1 read, 1 batch of writes and 1 COMMIT, saw:\n{seen}");
    }
}
