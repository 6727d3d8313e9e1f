using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.CoFunding;

public sealed record Member(HttpClient Client, Guid OrganisationId);

/// <summary>
/// Funders, a consortium of three (SME and research lab in Bretagne, large company in Normandie) and helpers to build
/// calls, submitted and labelled dossiers, funder officers and decisions.
/// </summary>
public sealed class CoFundingWorld
{
    private CoFundingWorld(ApiFactory factory, ApiClient api, HttpClient manager, (Guid State, Guid Bretagne, Guid Normandie) funders, Member sme, Member lab, Member large)
    {
        Factory = factory;
        Api = api;
        Manager = manager;
        (State, Bretagne, Normandie) = funders;
        Sme = sme;
        Lab = lab;
        Large = large;
    }

    public ApiFactory Factory { get; }
    public ApiClient Api { get; }
    public HttpClient Manager { get; }
    public Guid State { get; }
    public Guid Bretagne { get; }
    public Guid Normandie { get; }
    public Member Sme { get; }
    public Member Lab { get; }
    public Member Large { get; }

    public static async Task<CoFundingWorld> Create(ApiFactory factory)
    {
        var api = new ApiClient(factory);
        var manager = await api.Manager();
        var funders = await CallBuilder.EnsureFunders(manager);
        return new CoFundingWorld(factory, api, manager, funders,
            await NewMember(api, "Sme", "FR-BRE", "Ondes Bretonnes SAS"),
            await NewMember(api, "Research", "FR-BRE", "Laboratoire de Rennes"),
            await NewMember(api, "Large", "FR-NOR", "Normandie Télécom Industries"));
    }

    public static async Task<Member> NewMember(ApiClient api, string category, string region, string name)
    {
        var (client, organisationId, _) = await api.NewApplicant(category, region, name);
        return new Member(client, organisationId);
    }

    /// <summary>A published call open until 30 days from now, with State, Bretagne and Normandie at the FUI default rates.</summary>
    public async Task<Guid> CreateCall(decimal stateEnvelope = 10_000_000m, decimal regionEnvelope = 5_000_000m, bool stateOutOfTerritoryRates = false,
        string[]? territory = null)
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var today = TimeZoneInfo.ConvertTime(Factory.Clock.GetUtcNow(), paris).Date;
        var definition = CallBuilder.Definition(today.AddDays(-1), today.AddDays(30).AddHours(18),
            [(State, stateEnvelope), (Bretagne, regionEnvelope), (Normandie, regionEnvelope)]);
        if (stateOutOfTerritoryRates)
        {
            definition["funders"]![0]!["outOfTerritoryRates"] = JsonNode.Parse("{\"Sme\": 0.15, \"MidCap\": 0.10, \"Large\": 0.10, \"Research\": 0.15}");
        }

        if (territory is not null)
        {
            definition["territory"] = new JsonArray(territory.Select(t => (JsonNode)t).ToArray());
        }

        var created = await Manager.PostAsJsonAsync("/api/calls", definition);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var callId = (await ApiClient.ReadObject(created))["id"]!.GetValue<Guid>();
        await Consortium.Expect(Manager.PostAsync($"/api/calls/{callId}/publish", null), HttpStatusCode.OK);
        return callId;
    }

    /// <summary>A draft led by the first member, each member with its eligible costs (all in personnel).</summary>
    public async Task<Guid> CreateDossier(Guid callId, params (Member Member, decimal Costs)[] partners)
    {
        var lead = partners[0].Member;
        var created = await lead.Client.PostAsJsonAsync($"/api/calls/{callId}/proposals", Consortium.ValidFields);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var proposalId = (await ApiClient.ReadObject(created))["id"]!.GetValue<Guid>();
        foreach (var (member, _) in partners.Skip(1))
        {
            await Consortium.Expect(lead.Client.PostAsJsonAsync($"/api/proposals/{proposalId}/partners", new { organisationId = member.OrganisationId }), HttpStatusCode.Created);
        }

        foreach (var (member, costs) in partners)
        {
            await SetCosts(proposalId, member, costs);
        }

        return proposalId;
    }

    public static Task SetCosts(Guid proposalId, Member member, decimal costs) =>
        Consortium.Expect(member.Client.PutAsJsonAsync($"/api/proposals/{proposalId}/partners/{member.OrganisationId}/budget",
            new { personnel = costs, overheads = 0m, subcontracting = 0m, equipment = 0m, otherCosts = 0m }), HttpStatusCode.OK);

    public static Task Submit(Guid proposalId, Member lead) => Consortium.Expect(lead.Client.PostAsync($"/api/proposals/{proposalId}/submit", null), HttpStatusCode.OK);

    /// <summary>The usual consortium (700 k€ / 500 k€ / 800 k€), submitted and labelled.</summary>
    public async Task<Guid> LabelledDossier(Guid callId)
    {
        var proposalId = await CreateDossier(callId, (Sme, 700_000m), (Lab, 500_000m), (Large, 800_000m));
        await Submit(proposalId, Sme);
        await MarkLabelled(proposalId);
        return proposalId;
    }

    /// <summary>A labelled dossier whose funding the manager has requested.</summary>
    public async Task<Guid> RequestedDossier(Guid callId)
    {
        var proposalId = await LabelledDossier(callId);
        await Consortium.Expect(Manager.PostAsync($"/api/proposals/{proposalId}/funding-requests", null), HttpStatusCode.OK);
        return proposalId;
    }

    /// <summary>
    /// Sets the dossier to Labelled straight in the database. The labelling decision (POST /labelling-decision) is built
    /// on another branch; once merged, this should go through that endpoint instead.
    /// </summary>
    public async Task MarkLabelled(Guid proposalId)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE proposals SET status = 'Labelled', concurrency_version = concurrency_version + 1 WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", proposalId);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    public async Task<T?> Scalar<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    /// <summary>A new user made a FunderOfficer of <paramref name="funderId"/> by the manager.</summary>
    public async Task<HttpClient> Officer(Guid funderId)
    {
        var (client, _, userId) = await Api.NewUser("officer");
        await Consortium.Expect(Manager.PutAsJsonAsync($"/api/admin/users/{userId}/roles", new { roles = new[] { "FunderOfficer" }, funderId }), HttpStatusCode.OK);
        return client;
    }

    public static Task<HttpResponseMessage> Decide(HttpClient client, Guid proposalId, Guid funderId, string decision, params (Guid OrganisationId, decimal Amount)[] lines) =>
        client.PostAsJsonAsync($"/api/proposals/{proposalId}/funding-decisions", new
        {
            funderId,
            decision,
            lines = lines.Select(l => new { organisationId = l.OrganisationId, grantedAmount = l.Amount, instrument = "Grant" }).ToArray(),
            comment = "Décision du comité d'engagement.",
        });

    public async Task<string> Status(Guid proposalId) =>
        (await Manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{proposalId}"))!["status"]!.GetValue<string>();

    public async Task<IReadOnlyList<string>> OutboxTypes(Guid proposalId) =>
        await OutboxTypesWhere("payload->>'proposalId' = @id", ("id", proposalId.ToString()));

    private async Task<IReadOnlyList<string>> OutboxTypesWhere(string condition, (string Name, object Value) parameter)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT type FROM outbox_messages WHERE {condition} ORDER BY occurred_at, id", connection);
        command.Parameters.AddWithValue(parameter.Name, parameter.Value);
        var types = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            types.Add(reader.GetString(0).Split('.').Last());
        }

        return types;
    }
}
