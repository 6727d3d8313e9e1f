using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Clusters;

[Collection(Collections.Proposals)]
public sealed class ClusterTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task The_first_cluster_exists_and_every_call_belongs_to_it_by_default()
    {
        var manager = await _api.Manager();
        var clusters = (await manager.GetFromJsonAsync<JsonArray>("/api/clusters"))!;
        var first = clusters[0]!;
        Assert.Equal("Images & Réseaux", first["name"]!.GetValue<string>());
        Assert.True(first["isFirst"]!.GetValue<bool>());

        var consortium = await Consortium.Create(factory);
        Assert.Equal(first["id"]!.GetValue<Guid>(), consortium.Call["clusterId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task The_platform_administrator_creates_a_cluster_that_everyone_signed_in_can_read()
    {
        var admin = await _api.Manager();
        var created = await admin.PostAsJsonAsync("/api/clusters", new { name = "Pôle TES", shortName = "tes", regions = new[] { "FR-NOR" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var cluster = await ApiClient.ReadObject(created);
        Assert.Equal("TES", cluster["shortName"]!.GetValue<string>());
        Assert.Equal($"/api/clusters/{cluster["id"]}", created.Headers.Location!.OriginalString);

        var (applicant, _, _) = await _api.NewApplicant();
        var read = await applicant.GetFromJsonAsync<JsonObject>($"/api/clusters/{cluster["id"]}");
        Assert.Equal("Pôle TES", read!["name"]!.GetValue<string>());
        Assert.Contains((await applicant.GetFromJsonAsync<JsonArray>("/api/clusters"))!, c => c!["shortName"]!.GetValue<string>() == "TES");
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync($"/api/clusters/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_duplicate_short_name_is_409_and_bad_input_names_every_field()
    {
        var admin = await _api.Manager();
        await Consortium.Expect(admin.PostAsJsonAsync("/api/clusters", new { name = "EMC2", shortName = "EMC2", regions = new[] { "FR-PDL" } }), HttpStatusCode.Created);
        await ApiClient.AssertProblem(await admin.PostAsJsonAsync("/api/clusters", new { name = "Autre EMC2", shortName = "emc2", regions = new[] { "FR-PDL" } }),
            HttpStatusCode.Conflict, "cluster_exists");

        var bad = await admin.PostAsJsonAsync("/api/clusters", new { name = " ", shortName = "É", regions = new[] { "FR-XXX" } });
        await ApiClient.AssertProblem(bad, HttpStatusCode.BadRequest, "validation_failed");
        var errors = (await bad.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("name") && errors.ContainsKey("shortName") && errors.ContainsKey("regions"), errors.ToJsonString());
        await ApiClient.AssertProblem(await admin.PostAsJsonAsync("/api/clusters", new { name = "Sans région", shortName = "NOREG", regions = Array.Empty<string>() }),
            HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Only_the_first_clusters_managers_create_clusters_and_place_managers_elsewhere()
    {
        var tes = await Alliance.AddCluster(_api);
        await ApiClient.AssertProblem(await tes.Manager.PostAsJsonAsync("/api/clusters", new { name = "Pôle Mer", shortName = "MER", regions = new[] { "FR-BRE" } }),
            HttpStatusCode.Forbidden, "forbidden");

        var (_, _, someone) = await _api.NewUser("colleague");
        var firstId = (await tes.Manager.GetFromJsonAsync<JsonArray>("/api/clusters"))![0]!["id"]!.GetValue<Guid>();
        await ApiClient.AssertProblem(await tes.Manager.PutAsJsonAsync($"/api/admin/users/{someone}/roles", new { roles = new[] { "ClusterManager" }, clusterId = firstId }),
            HttpStatusCode.Forbidden, "other_cluster");
        await ApiClient.AssertProblem(await tes.Manager.PutAsJsonAsync($"/api/admin/users/{someone}/roles", new { roles = new[] { "ClusterManager" }, clusterId = Guid.NewGuid() }),
            HttpStatusCode.BadRequest, "unknown_cluster");

        // By default a manager places a colleague in their own cluster; they may not demote the first cluster's managers.
        var placed = await tes.Manager.PutAsJsonAsync($"/api/admin/users/{someone}/roles", new { roles = new[] { "ClusterManager" } });
        Assert.Equal(tes.ClusterId, (await ApiClient.ReadObject(placed))["clusterId"]!.GetValue<Guid>());
        var adminId = (await (await _api.Manager()).GetFromJsonAsync<JsonObject>("/api/me"))!["userId"]!.GetValue<Guid>();
        await ApiClient.AssertProblem(await tes.Manager.PutAsJsonAsync($"/api/admin/users/{adminId}/roles", new { roles = Array.Empty<string>() }),
            HttpStatusCode.Forbidden, "other_cluster");
    }

    [Fact]
    public async Task A_manager_creates_calls_in_their_own_cluster_only()
    {
        var tes = await Alliance.AddCluster(_api);
        var (state, _, normandie) = await CallBuilder.EnsureFunders(await _api.Manager());
        var now = DateTime.UtcNow.Date;
        var definition = CallBuilder.Definition(now.AddDays(-1), now.AddDays(30).AddHours(18), [(state, 1_000_000m), (normandie, 500_000m)]);
        var created = await tes.Manager.PostAsJsonAsync("/api/calls", definition);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(tes.ClusterId, (await ApiClient.ReadObject(created))["clusterId"]!.GetValue<Guid>());

        var firstId = (await tes.Manager.GetFromJsonAsync<JsonArray>("/api/clusters"))![0]!["id"]!.GetValue<Guid>();
        definition["clusterId"] = firstId;
        await ApiClient.AssertProblem(await tes.Manager.PostAsJsonAsync("/api/calls", definition), HttpStatusCode.Forbidden, "other_cluster");
        definition["clusterId"] = Guid.NewGuid();
        await ApiClient.AssertProblem(await tes.Manager.PostAsJsonAsync("/api/calls", definition), HttpStatusCode.BadRequest, "unknown_cluster");
    }
}
