using System.Net;
using System.Net.Http.Json;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Clusters;

/// <summary>A second cluster of the alliance and one of its managers, made through the API by the platform's administrator (the bootstrap manager).</summary>
public sealed record Alliance(Guid ClusterId, string ShortName, HttpClient Manager, Guid ManagerUserId)
{
    public static async Task<Alliance> AddCluster(ApiClient api, string name = "TES", string[]? regions = null)
    {
        var admin = await api.Manager();
        var shortName = $"{name}{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var created = await admin.PostAsJsonAsync("/api/clusters", new { name = $"Pôle {name}", shortName, regions = regions ?? ["FR-NOR"] });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var clusterId = (await ApiClient.ReadObject(created))["id"]!.GetValue<Guid>();
        var (manager, userId) = await NewManager(api, admin, clusterId);
        return new Alliance(clusterId, shortName, manager, userId);
    }

    public static async Task<(HttpClient Client, Guid UserId)> NewManager(ApiClient api, HttpClient admin, Guid clusterId)
    {
        var (client, _, userId) = await api.NewUser("manager");
        var placed = await admin.PutAsJsonAsync($"/api/admin/users/{userId}/roles", new { roles = new[] { "ClusterManager" }, clusterId });
        Assert.True(placed.StatusCode == HttpStatusCode.OK, await placed.Content.ReadAsStringAsync());
        Assert.Equal(clusterId, (await ApiClient.ReadObject(placed))["clusterId"]!.GetValue<Guid>());
        return (client, userId);
    }
}
