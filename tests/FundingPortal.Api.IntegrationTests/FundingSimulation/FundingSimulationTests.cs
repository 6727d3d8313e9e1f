using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.CoFunding;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.TestSupport.Messaging;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.FundingSimulation;

/// <summary>
/// POST /api/calls/{id}/funding-simulation over labelled dossiers of the usual consortium (SME 700 k€ and lab 500 k€ in
/// Bretagne, large company 800 k€ in Normandie): each asks the State 357 500 €, Bretagne 257 500 € and Normandie 100 000 €.
/// </summary>
[Collection(Collections.CoFunding)]
public sealed class FundingSimulationTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task The_line_falls_where_the_Breton_envelope_runs_out_in_ranking_order_and_moves_with_the_envelopes_given()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        var (third, first, second) = (await Ranked(w, callId, 12.5m), await Ranked(w, callId, 17.25m), await Ranked(w, callId, 15m));
        await w.CreateDossier(callId, (w.Sme, 100_000m)); // a draft: never in the simulation

        var real = await Simulate(w.Manager, callId, new { });
        Assert.Equal([(first, 1, "Fundable"), (second, 2, "Fundable"), (third, 3, "Fundable")], Dossiers(real).Select(d => (Id(d), Position(d), Status(d))));
        Assert.Equal(3 * 715_000m, real["aid"]!.GetValue<decimal>());
        Assert.Equal((5_000_000m, 772_500m, 4_227_500m, false), Funder(real, w.Bretagne));

        var whatIf = await Simulate(w.Manager, callId, new { envelopes = new[] { new { funderId = w.Bretagne, envelope = 600_000m } } });

        Assert.Equal([("Fundable", 715_000m), ("Fundable", 715_000m), ("PartlyFundable", 370_000m)], Dossiers(whatIf).Select(d => (Status(d), Amount(d, "aid"))));
        var line = Dossiers(whatIf)[2];
        // 600 000 − 2 × 257 500 = 85 000 € left for the SME's 157 500 €, none for the lab; the State follows at parity, the
        // large company in Normandie is funded in full.
        Assert.Equal([(w.State, 357_500m, 185_000m), (w.Bretagne, 257_500m, 85_000m), (w.Normandie, 100_000m, 100_000m)], FunderAid(line));
        Assert.Equal(["envelope_exhausted", "parity_with_region"], line["reasons"]!.AsArray().Select(r => r!["code"]!.GetValue<string>()));
        Assert.Equal("Région Bretagne : enveloppe épuisée (reste 85 000,00 €)", Plain(line["reasons"]![0]!["message"]!.GetValue<string>()));
        Assert.Equal(85_000m, line["reasons"]![0]!["amount"]!.GetValue<decimal>());
        Assert.Equal((600_000m, 600_000m, 0m, true), Funder(whatIf, w.Bretagne));
        Assert.Equal((10_000_000m, 900_000m, 9_100_000m, false), Funder(whatIf, w.State));
        Assert.Equal((2, 1, 0), (whatIf["fundableCount"]!.GetValue<int>(), whatIf["partlyFundableCount"]!.GetValue<int>(), whatIf["notFundableCount"]!.GetValue<int>()));

        var lower = await Simulate(w.Manager, callId, new { envelopes = new[] { new { funderId = w.Bretagne, envelope = 300_000m } } }, "en");
        // Bretagne runs out on the second; the third keeps Normandie's 100 000 € and the State's matching share for its large company.
        Assert.Equal([("Fundable", 715_000m), ("PartlyFundable", 285_000m), ("PartlyFundable", 200_000m)], Dossiers(lower).Select(d => (Status(d), Amount(d, "aid"))));
        Assert.Equal("Région Bretagne: envelope exhausted (€0.00 left)", Plain(Dossiers(lower)[2]["reasons"]![0]!["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_second_simulation_sees_a_dossier_re_scored_and_one_labelled_since_the_first()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        var (first, second) = (await Ranked(w, callId, 16m), await Ranked(w, callId, 14m));
        Assert.Equal([first, second], Dossiers(await Simulate(w.Manager, callId, new { })).Select(Id));

        await w.Scalar<int>("UPDATE proposal_evaluations SET weighted_score = 18 WHERE proposal_id = @id RETURNING 1", ("id", second));
        Assert.Equal([second, first], Dossiers(await Simulate(w.Manager, callId, new { })).Select(Id));

        var third = await Ranked(w, callId, 17m);
        Assert.Equal([second, third, first], Dossiers(await Simulate(w.Manager, callId, new { })).Select(Id));
    }

    [Fact]
    public async Task A_simulation_writes_nothing()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        await Ranked(w, callId, 14m);
        const string Footprint = """
            SELECT (SELECT count(*) FROM audit_entries) || '/' || (SELECT count(*) FROM outbox_messages) || '/' || (SELECT count(*) FROM funding_requests)
                || '/' || (SELECT count(*) FROM notifications) || '/' || (SELECT sum(concurrency_version) FROM proposals) || '/' || (SELECT count(*) FROM calls)
            """;
        Assert.True(await BackgroundWork.WaitUntilIdleAsync(factory.ConnectionString, factory.Clock, factory.Messages, TimeSpan.FromSeconds(60))); // the submission's e-mails and receipt
        var before = await w.Scalar<string>(Footprint);

        var result = await Simulate(w.Manager, callId, new { envelopes = new[] { w.State, w.Bretagne, w.Normandie }.Select(f => new { funderId = f, envelope = 0m }) });

        Assert.Equal("NotFundable", Status(Dossiers(result)[0]));
        Assert.True(await BackgroundWork.WaitUntilIdleAsync(factory.ConnectionString, factory.Clock, factory.Messages, TimeSpan.FromSeconds(60)));
        Assert.Equal(before, await w.Scalar<string>(Footprint));
        Assert.Equal(10_000_000m, (await w.Manager.GetFromJsonAsync<JsonObject>($"/api/calls/{callId}"))!["funders"]![0]!["envelope"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Managers_and_officers_of_the_calls_funders_simulate_everyone_else_gets_404()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        await Ranked(w, callId, 14m);
        var outsider = await w.Manager.PostAsJsonAsync("/api/funders", new { name = $"Région Pays de la Loire {Guid.NewGuid():N}", kind = "Region", region = "FR-PDL" });
        var outsiderId = (await ApiClient.ReadObject(outsider))["id"]!.GetValue<Guid>();

        Assert.Single(Dossiers(await Simulate(await w.Officer(w.Normandie), callId, new { })));
        foreach (var stranger in new[] { w.Sme.Client, await w.Officer(outsiderId), (await w.Api.NewUser("nobody")).Client })
        {
            await ApiClient.AssertProblem(await stranger.PostAsJsonAsync($"/api/calls/{callId}/funding-simulation", new { }), HttpStatusCode.NotFound, "not_found");
        }

        await ApiClient.AssertProblem(await w.Manager.PostAsJsonAsync($"/api/calls/{Guid.NewGuid()}/funding-simulation", new { }), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync($"/api/calls/{callId}/funding-simulation", new { })).StatusCode);
    }

    [Fact]
    public async Task Bad_envelopes_are_refused_naming_the_field_in_French_and_English()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        var outsider = await w.Manager.PostAsJsonAsync("/api/funders", new { name = $"Région Occitanie {Guid.NewGuid():N}", kind = "Region", region = "FR-OCC" });
        var outsiderId = (await ApiClient.ReadObject(outsider))["id"]!.GetValue<Guid>();

        var negative = $$"""{"envelopes": [{"funderId": "{{w.State}}", "envelope": -1}]}""";
        var (fr, en) = (await Refused(w.Manager, callId, negative, "fr", "validation_failed"), await Refused(w.Manager, callId, negative, "en", "validation_failed"));
        Assert.Equal("L'enveloppe est un montant positif en euros, avec au plus 2 décimales.", FieldMessage(fr, "envelopes[0].envelope"));
        Assert.Equal("The envelope must be a positive amount in euros with at most 2 decimals.", FieldMessage(en, "envelopes[0].envelope"));

        var cents = $$"""{"envelopes": [{"funderId": "{{w.Bretagne}}", "envelope": 1000}, {"funderId": "{{w.State}}", "envelope": 12.345}]}""";
        Assert.NotNull(FieldMessage(await Refused(w.Manager, callId, cents, "fr", "validation_failed"), "envelopes[1].envelope"));
        var text = $$"""{"envelopes": [{"funderId": "{{w.State}}", "envelope": "beaucoup"}]}""";
        Assert.NotNull(FieldMessage(await Refused(w.Manager, callId, text, "en", "invalid_json"), "envelopes[0].envelope"));

        var unknown = await Refused(w.Manager, callId, $$"""{"envelopes": [{"funderId": "{{Guid.NewGuid()}}", "envelope": 1}]}""", "fr", "unknown_funder");
        Assert.Equal("Ce financeur n'existe pas.", FieldMessage(unknown, "envelopes[0].funderId"));
        var notInCall = await Refused(w.Manager, callId, $$"""{"envelopes": [{"funderId": "{{outsiderId}}", "envelope": 1}]}""", "fr", "funder_not_in_call");
        Assert.Equal("Ce financeur ne participe pas à cet appel.", FieldMessage(notInCall, "envelopes[0].funderId"));
        Assert.Equal("This funder does not take part in this call.",
            FieldMessage(await Refused(w.Manager, callId, $$"""{"envelopes": [{"funderId": "{{outsiderId}}", "envelope": 1}]}""", "en", "funder_not_in_call"), "envelopes[0].funderId"));
        var twice = $$"""{"envelopes": [{"funderId": "{{w.State}}", "envelope": 1}, {"funderId": "{{w.State}}", "envelope": 2}]}""";
        Assert.NotNull(FieldMessage(await Refused(w.Manager, callId, twice, "fr", "validation_failed"), "envelopes[1].funderId"));
    }

    /// <summary>A labelled dossier of the usual consortium whose evaluation gives it this weighted score.</summary>
    private static async Task<Guid> Ranked(CoFundingWorld w, Guid callId, decimal score)
    {
        var proposalId = await w.CreateDossier(callId, (w.Sme, 700_000m), (w.Lab, 500_000m), (w.Large, 800_000m));
        await CoFundingWorld.Submit(proposalId, w.Sme);
        await w.MarkLabelled(proposalId);
        await using var connection = new NpgsqlConnection(w.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO proposal_evaluations (proposal_id, call_id, review_count, weighted_score, meets_threshold, disagreement, innovation_mean, market_mean,
                updated_at, concurrency_version)
            VALUES (@id, @call, 2, @score, true, false, @score, @score, now(), 1)
            """, connection);
        command.Parameters.AddWithValue("id", proposalId);
        command.Parameters.AddWithValue("call", callId);
        command.Parameters.AddWithValue("score", score);
        await command.ExecuteNonQueryAsync();
        return proposalId;
    }

    private static async Task<JsonObject> Simulate(HttpClient client, Guid callId, object body, string language = "fr")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/calls/{callId}/funding-simulation") { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ApiClient.ReadObject(response);
    }

    private static async Task<JsonObject> Refused(HttpClient client, Guid callId, string json, string language, string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/calls/{callId}/funding-simulation")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        await ApiClient.AssertProblem(response, HttpStatusCode.BadRequest, code);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static string? FieldMessage(JsonObject problem, string field) => problem["errors"]?[field]?[0]?.GetValue<string>();

    private static List<JsonObject> Dossiers(JsonObject result) => result["dossiers"]!.AsArray().Select(d => d!.AsObject()).ToList();

    private static Guid Id(JsonObject dossier) => dossier["proposalId"]!.GetValue<Guid>();
    private static int Position(JsonObject dossier) => dossier["position"]!.GetValue<int>();
    private static string Status(JsonObject dossier) => dossier["status"]!.GetValue<string>();
    private static decimal Amount(JsonObject node, string name) => node[name]!.GetValue<decimal>();

    private static List<(Guid, decimal, decimal)> FunderAid(JsonObject dossier) =>
        dossier["funders"]!.AsArray().Select(f => (f!["funderId"]!.GetValue<Guid>(), Amount(f.AsObject(), "requestedAid"), Amount(f.AsObject(), "aid")))
            .ToList();

    private static (decimal Envelope, decimal Used, decimal Left, bool Overridden) Funder(JsonObject result, Guid funderId)
    {
        var funder = result["funders"]!.AsArray().Single(f => f!["funderId"]!.GetValue<Guid>() == funderId)!;
        return (funder["envelope"]!.GetValue<decimal>(), funder["used"]!.GetValue<decimal>(), funder["left"]!.GetValue<decimal>(), funder["overridden"]!.GetValue<bool>());
    }

    private static string Plain(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
