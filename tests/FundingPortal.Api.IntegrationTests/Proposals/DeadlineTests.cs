using System.Net;
using System.Net.Http.Json;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Proposals;

/// <summary>Each test moves the clock forward from the start the reset puts it back to.</summary>
[Collection(Collections.Proposals)]
public sealed class DeadlineTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiFactory _factory = factory;

    [Fact]
    public async Task A_submit_one_millisecond_before_19_October_18h_Paris_is_accepted_and_at_18h_refused()
    {
        var c = await Consortium.Create(_factory, deadlineLocal: new DateTime(2026, 10, 19, 18, 0, 0));
        await c.MakeEligible();
        Assert.Equal(new DateTimeOffset(2026, 10, 19, 16, 0, 0, TimeSpan.Zero), c.DeadlineUtc);

        _factory.Clock.SetUtcNow(c.DeadlineUtc.AddMilliseconds(-1));
        Assert.Equal(HttpStatusCode.OK, (await c.Submit()).StatusCode);

        _factory.Clock.SetUtcNow(c.DeadlineUtc);
        await ApiClient.AssertProblem(await c.Submit(), HttpStatusCode.Conflict, "deadline_passed");
        await ApiClient.AssertProblem(await c.Lead.PutAsJsonAsync($"/api/proposals/{c.ProposalId}", Consortium.ValidFields), HttpStatusCode.Conflict, "deadline_passed");
        await ApiClient.AssertProblem(await c.Lab.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LabOrganisationId}/budget", new { personnel = 1m }),
            HttpStatusCode.Conflict, "deadline_passed");
        await ApiClient.AssertProblem(await c.Lead.PostAsJsonAsync($"/api/calls/{c.CallId}/proposals", Consortium.ValidFields), HttpStatusCode.Conflict, "call_not_open");

        var versions = await c.Lead.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"/api/proposals/{c.ProposalId}/versions");
        Assert.Single(versions!);
    }

    [Fact]
    public async Task The_cut_off_is_exact_in_winter_time_too_after_the_DST_change()
    {
        var c = await Consortium.Create(_factory, deadlineLocal: new DateTime(2026, 12, 19, 18, 0, 0));
        await c.MakeEligible();
        Assert.Equal(new DateTimeOffset(2026, 12, 19, 17, 0, 0, TimeSpan.Zero), c.DeadlineUtc);

        // 16:00Z would be the deadline under summer time: still open in December.
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 19, 16, 30, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.OK, (await c.Submit()).StatusCode);
        _factory.Clock.SetUtcNow(c.DeadlineUtc.AddMilliseconds(-1));
        Assert.Equal(HttpStatusCode.OK, (await c.Submit()).StatusCode);
        _factory.Clock.SetUtcNow(c.DeadlineUtc);
        await ApiClient.AssertProblem(await c.Submit(), HttpStatusCode.Conflict, "deadline_passed");
        var eligibility = await c.Lead.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/proposals/{c.ProposalId}/eligibility");
        Assert.Contains("deadline_passed", eligibility!["issues"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_client_retrying_after_the_deadline_with_the_key_of_an_accepted_submit_gets_its_receipt_back()
    {
        var c = await Consortium.Create(_factory, deadlineLocal: new DateTime(2026, 10, 19, 18, 0, 0));
        await c.MakeEligible();
        var key = Guid.NewGuid().ToString();
        _factory.Clock.SetUtcNow(c.DeadlineUtc.AddMilliseconds(-1));
        var accepted = await ApiClient.ReadObject(await c.Submit(key));

        // The answer was lost on the way back; the client's retry arrives after 18:00.
        _factory.Clock.SetUtcNow(c.DeadlineUtc.AddSeconds(5));
        var retried = await c.Submit(key);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var again = await ApiClient.ReadObject(retried);
        Assert.Equal(accepted["receipt"]!["number"]!.GetValue<string>(), again["receipt"]!["number"]!.GetValue<string>());
        Assert.Equal(accepted["receipt"]!["sha256"]!.GetValue<string>(), again["receipt"]!["sha256"]!.GetValue<string>());

        await ApiClient.AssertProblem(await c.Submit(Guid.NewGuid().ToString()), HttpStatusCode.Conflict, "deadline_passed");
        var versions = await c.Lead.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"/api/proposals/{c.ProposalId}/versions");
        Assert.Single(versions!);
    }
}
