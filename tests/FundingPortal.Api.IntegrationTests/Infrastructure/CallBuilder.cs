using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FundingPortal.Api.IntegrationTests.Infrastructure;

/// <summary>Creates funders and calls through the API with a realistic FUI-like definition.</summary>
public static class CallBuilder
{
    public static async Task<(Guid State, Guid Bretagne, Guid Normandie)> EnsureFunders(HttpClient manager)
    {
        var existing = await manager.GetFromJsonAsync<JsonArray>("/api/funders");
        Guid Find(string name) => existing!.Where(f => f!["name"]!.GetValue<string>() == name).Select(f => f!["id"]!.GetValue<Guid>()).FirstOrDefault();
        async Task<Guid> Ensure(string name, string kind, string? region)
        {
            var id = Find(name);
            if (id != Guid.Empty)
            {
                return id;
            }

            var response = await manager.PostAsJsonAsync("/api/funders", new { name, kind, region });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await ApiClient.ReadObject(response))["id"]!.GetValue<Guid>();
        }

        return (await Ensure("Bpifrance (État)", "State", null), await Ensure("Région Bretagne", "Region", "FR-BRE"), await Ensure("Région Normandie", "Region", "FR-NOR"));
    }

    public static JsonObject Definition(DateTime opensAtLocal, DateTime deadlineLocal, IEnumerable<(Guid FunderId, decimal Envelope)> funders,
        JsonObject? eligibility = null, string timeZone = "Europe/Paris")
    {
        JsonObject At(DateTime local) => new() { ["localDateTime"] = local.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = timeZone };
        var rates = new JsonObject { ["Sme"] = 0.225m, ["MidCap"] = 0.15m, ["Large"] = 0.125m, ["Research"] = 0.20m };
        return new JsonObject
        {
            ["title"] = "Appel à projets collaboratifs",
            ["programme"] = "FUI-Régions",
            ["description"] = "Projets collaboratifs de R&D du Grand-Ouest.",
            ["territory"] = new JsonArray("FR-BRE", "FR-NOR", "FR-PDL"),
            ["opensAt"] = At(opensAtLocal),
            ["submissionDeadline"] = At(deadlineLocal),
            ["reviewDeadline"] = At(deadlineLocal.AddDays(30)),
            ["committeeDate"] = At(deadlineLocal.AddDays(40)),
            ["fundingDecisionDeadline"] = At(deadlineLocal.AddDays(120)),
            ["eligibility"] = eligibility,
            ["expertsPerProposal"] = 2,
            ["funders"] = new JsonArray(funders.Select(f => (JsonNode)new JsonObject
            {
                ["funderId"] = f.FunderId,
                ["envelope"] = f.Envelope,
                ["rates"] = rates.DeepClone(),
            }).ToArray()),
        };
    }

    /// <summary>A two-stage call's pre-proposal stage, due at <paramref name="deadlineLocal"/> (Paris time).</summary>
    public static JsonObject PreProposal(DateTime deadlineLocal, int? maxPages = null) => new()
    {
        ["deadline"] = new JsonObject
        {
            ["localDateTime"] = deadlineLocal.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "Europe/Paris",
        },
        ["maxPages"] = maxPages,
    };

    /// <summary>Creates and publishes a call open from <paramref name="opensAtLocal"/> to <paramref name="deadlineLocal"/> (Paris time).</summary>
    public static async Task<JsonObject> CreatePublished(HttpClient manager, DateTime opensAtLocal, DateTime deadlineLocal, JsonObject? eligibility = null,
        DateTime? preProposalDeadlineLocal = null)
    {
        var (state, bretagne, normandie) = await EnsureFunders(manager);
        var definition = Definition(opensAtLocal, deadlineLocal, [(state, 10_000_000m), (bretagne, 5_000_000m), (normandie, 5_000_000m)], eligibility);
        if (preProposalDeadlineLocal is { } preProposal)
        {
            definition["preProposal"] = PreProposal(preProposal);
        }

        var create = await manager.PostAsJsonAsync("/api/calls", definition);
        Assert.True(create.StatusCode == HttpStatusCode.Created, await create.Content.ReadAsStringAsync());
        var id = (await ApiClient.ReadObject(create))["id"]!.GetValue<Guid>();
        var publish = await manager.PostAsync($"/api/calls/{id}/publish", null);
        Assert.True(publish.StatusCode == HttpStatusCode.OK, await publish.Content.ReadAsStringAsync());
        return await ApiClient.ReadObject(publish);
    }
}
