using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;

namespace FundingPortal.Api.IntegrationTests.Audit;

/// <summary>The demo data verifies, through the endpoint and the command.</summary>
/// <remarks>Never reset and only read: the demo data is seeded once, at start-up.</remarks>
[Collection(Collections.Demo)]
public sealed class DemoVerificationTests(DemoApiFactory factory)
{
    [Fact]
    public async Task The_demo_data_verifies_through_the_endpoint_and_the_command()
    {
        var manager = await new ApiClient(factory).Manager();
        var response = await manager.PostAsync("/api/audit/verify", null);
        var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(report["ok"]!.GetValue<bool>(), report.ToJsonString());
        // A chain per call, dossier, expert and assignment of the demo, and every PDF it issued.
        Assert.True(report["streams"]!.GetValue<int>() > 15, report.ToJsonString());

        var (exitCode, output) = await AuditCommand.RunAsync(factory);
        Assert.True(exitCode == 0, output);
    }
}
