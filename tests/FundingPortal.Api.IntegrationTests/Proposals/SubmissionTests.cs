using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Domain.Common;

namespace FundingPortal.Api.IntegrationTests.Proposals;

[Collection(Collections.Proposals)]
public sealed class SubmissionTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task Submitting_freezes_a_version_whose_receipt_hash_is_the_hash_of_its_snapshot()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();

        var response = await c.Submit();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = await ApiClient.ReadObject(response);
        Assert.Equal(1, receipt["version"]!.GetValue<int>());
        var sha256 = receipt["receipt"]!["sha256"]!.GetValue<string>();
        Assert.Matches("^AR-FP-", receipt["receipt"]!["number"]!.GetValue<string>());
        Assert.Equal(StoredInstant.Of(factory.Clock.GetUtcNow()), receipt["submittedAt"]!.GetValue<DateTimeOffset>());

        var snapshot = await c.Lab.GetByteArrayAsync($"/api/proposals/{c.ProposalId}/versions/1/snapshot");
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(snapshot)));
        Assert.Contains("Laboratoire Électronique & Télécom de Rennes", Encoding.UTF8.GetString(snapshot));

        var dossier = await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}");
        Assert.Equal("Submitted", dossier!["status"]!.GetValue<string>());

        // The last version counts: resubmitting before the deadline creates version 2.
        await Consortium.Expect(c.Lead.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LeadOrganisationId}/budget",
            new { personnel = 510_000m, overheads = 100_000m, subcontracting = 50_000m, equipment = 50_000m, otherCosts = 0m }), HttpStatusCode.OK);
        var second = await ApiClient.ReadObject(await c.Submit());
        Assert.Equal(2, second["version"]!.GetValue<int>());
        Assert.NotEqual(sha256, second["receipt"]!["sha256"]!.GetValue<string>());

        var versions = await c.Large.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/versions");
        Assert.Equal([1, 2], versions!.Select(v => v!["version"]!.GetValue<int>()));
        Assert.Equal(sha256, versions![0]!["sha256"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_lead_submits_and_an_ineligible_dossier_gets_422_with_its_issues()
    {
        var c = await Consortium.Create(factory);
        var refused = await c.Submit();
        await ApiClient.AssertProblem(refused, (HttpStatusCode)422, "proposal_ineligible");
        var problem = await ApiClient.ReadObject(await c.Submit());
        Assert.Contains("too_few_companies", problem["issues"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()));

        await c.MakeEligible();
        await ApiClient.AssertProblem(await c.Lab.PostAsync($"/api/proposals/{c.ProposalId}/submit", null), HttpStatusCode.Forbidden, "forbidden");
        var versions = await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/versions");
        Assert.Empty(versions!);
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_same_receipt_even_when_requests_race()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        var key = Guid.NewGuid().ToString();
        // A clock finer than PostgreSQL's microsecond: the first answer must not say an instant the replays cannot.
        factory.Clock.Advance(TimeSpan.FromTicks(7));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => c.Submit(key)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var receipts = await Task.WhenAll(responses.Select(ApiClient.ReadObject));
        Assert.Single(receipts.Select(r => r["receipt"]!["number"]!.GetValue<string>()).Distinct());

        var again = await ApiClient.ReadObject(await c.Submit(key));
        Assert.Equal(receipts[0]["receipt"]!["sha256"]!.GetValue<string>(), again["receipt"]!["sha256"]!.GetValue<string>());
        Assert.Single(receipts.Append(again).Select(r => (r["submittedAt"]!.ToJsonString(), r["submittedAtParis"]!.ToJsonString())).Distinct());
        Assert.Single((await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/versions"))!);

        var other = await ApiClient.ReadObject(await c.Submit(Guid.NewGuid().ToString()));
        Assert.Equal(2, other["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Audit_history_records_each_step_and_its_hash_chain_verifies()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);

        var history = await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/history");
        var actions = history!.Select(h => h!["action"]!.GetValue<string>()).ToList();
        Assert.Equal("proposal_created", actions[0]);
        Assert.Equal("proposal_submitted", actions[^1]);
        Assert.Equal("Submitted", history![^1]!["toState"]!.GetValue<string>());
        for (var i = 1; i < history!.Count; i++)
        {
            Assert.Equal(history[i - 1]!["hash"]!.GetValue<string>(), history[i]!["previousHash"]!.GetValue<string>());
        }

        var verification = await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}/history/verify");
        Assert.True(verification!["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Withdrawal_by_the_lead_and_screening_by_a_manager()
    {
        var api = new ApiClient(factory);
        var manager = await api.Manager();
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);

        await ApiClient.AssertProblem(await c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/screening", new { eligible = false, reason = "x" }), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/screening", new { eligible = false }), HttpStatusCode.BadRequest, "validation_failed");
        var screened = await ApiClient.ReadObject(await manager.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/screening",
            new { eligible = false, reason = "Le chef de file n'est pas membre du pôle." }));
        Assert.Equal("Ineligible", screened["status"]!.GetValue<string>());
        await ApiClient.AssertProblem(await c.Submit(), HttpStatusCode.Conflict, "invalid_status");

        var d = await Consortium.Create(factory);
        await ApiClient.AssertProblem(await d.Lab.PostAsync($"/api/proposals/{d.ProposalId}/withdraw", null), HttpStatusCode.NotFound, "not_found");
        var withdrawn = await ApiClient.ReadObject(await d.Lead.PostAsync($"/api/proposals/{d.ProposalId}/withdraw", null));
        Assert.Equal("Withdrawn", withdrawn["status"]!.GetValue<string>());
        await ApiClient.AssertProblem(await d.Lead.PutAsJsonAsync($"/api/proposals/{d.ProposalId}", Consortium.ValidFields), HttpStatusCode.Conflict, "proposal_frozen");
    }
}
