using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Application.Documents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FundingPortal.Api.IntegrationTests.Documents;

public sealed class BrokenRendererFactory : ApiFactory
{
    protected override IEnumerable<(string Key, string Value)> ExtraSettings() =>
    [
        ("Messaging:PollInterval", "00:00:00.100"),
        ("Messaging:Retry:MinInterval", "00:00:00.050"),
        ("Messaging:Retry:MaxInterval", "00:00:00.200"),
        ("Messaging:Retry:IntervalDelta", "00:00:00.050"),
        ("Mail:PickupDirectory", Path.Combine(Path.GetTempPath(), $"fp-mail-{Guid.NewGuid():N}")),
    ];

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<IDocumentRenderer>();
        services.AddSingleton<IDocumentRenderer, BrokenRenderer>();
    }

    private sealed class BrokenRenderer : IDocumentRenderer
    {
        public byte[] Render(DocumentModel model) => throw new InvalidOperationException("imprimante en panne");
    }
}

[Collection(Collections.BrokenRenderer)]
public sealed class FailingRendererTests(BrokenRendererFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task A_document_that_keeps_failing_never_blocks_the_submission_and_ends_Failed_with_its_error()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        Assert.Equal(HttpStatusCode.OK, (await c.Submit()).StatusCode);

        JsonArray documents = [];
        for (var i = 0; i < 200 && !(documents.Count == 2 && documents.All(d => d!["status"]!.GetValue<string>() == "Failed")); i++)
        {
            await Task.Delay(100);
            documents = (await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/documents"))!;
        }

        Assert.All(documents, d =>
        {
            Assert.Equal("Failed", d!["status"]!.GetValue<string>());
            Assert.Equal(3, d["attempts"]!.GetValue<int>());
            Assert.Contains("imprimante en panne", d["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        });
        await ApiClient.AssertProblem(await c.Lead.GetAsync($"/api/documents/{documents[0]!["id"]}"), HttpStatusCode.Conflict, "document_not_ready");
    }
}
