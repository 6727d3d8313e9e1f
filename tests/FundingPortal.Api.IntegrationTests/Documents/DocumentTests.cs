using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using UglyToad.PdfPig;

namespace FundingPortal.Api.IntegrationTests.Documents;

/// <summary>Submit → Pending documents in the same transaction → worker renders → Ready, downloadable by who may see them.</summary>
[Collection(Collections.CoFunding)]
public sealed class DocumentTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task Each_submitted_version_gets_a_receipt_and_a_dossier_pdf_whose_hash_matches_the_download()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        var receipt = await ApiClient.ReadObject(await c.Submit());

        var documents = await WaitForReady(c.Lab, c.ProposalId, 2);
        Assert.Equal(["Dossier", "Receipt"], documents.Select(d => d!["kind"]!.GetValue<string>()).Order());
        Assert.All(documents, d => Assert.Equal(1, d!["version"]!.GetValue<int>()));

        foreach (var document in documents)
        {
            var response = await c.Large.GetAsync($"/api/documents/{document!["id"]}");
            Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(document["sha256"]!.GetValue<string>(), Convert.ToHexStringLower(SHA256.HashData(bytes)));

            using var pdf = PdfDocument.Open(bytes);
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains((await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!["reference"]!.GetValue<string>(), text, StringComparison.Ordinal);
            Assert.Contains("OCÉAN-5G", text, StringComparison.Ordinal);
            if (document["kind"]!.GetValue<string>() == "Receipt")
            {
                Assert.Contains(receipt["receipt"]!["number"]!.GetValue<string>(), text, StringComparison.Ordinal);
            }
        }

        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
        Assert.Equal(4, (await WaitForReady(c.Lead, c.ProposalId, 4)).Count);
    }

    [Fact]
    public async Task A_submission_writes_one_outbox_message_and_its_two_documents_are_rendered_from_it()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);

        var documents = await WaitForReady(c.Lead, c.ProposalId, 2);
        Assert.Equal(["Dossier", "Receipt"], documents.Select(d => d!["kind"]!.GetValue<string>()).Order());
        Assert.Equal(["ProposalSubmitted"], await OutboxTypes(c.ProposalId));
    }

    [Fact]
    public async Task The_English_receipt_is_rendered_on_demand_and_the_stored_French_one_keeps_its_hash()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        await c.Submit();
        var receipt = (await WaitForReady(c.Lead, c.ProposalId, 2)).First(d => d!["kind"]!.GetValue<string>() == "Receipt")!;
        var storedSha = receipt["sha256"]!.GetValue<string>();

        var english = await c.Lab.GetAsync($"/api/documents/{receipt["id"]}?lang=en");
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        var englishBytes = await english.Content.ReadAsByteArrayAsync();
        Assert.Equal(storedSha, english.Headers.GetValues("X-Reference-SHA256").Single());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(englishBytes)), english.Headers.GetValues("X-Content-SHA256").Single());
        Assert.NotEqual(storedSha, english.Headers.GetValues("X-Content-SHA256").Single());
        using (var pdf = PdfDocument.Open(englishBytes))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("Acknowledgement of receipt", text, StringComparison.Ordinal);
            Assert.Contains("Received on (Paris time)", text, StringComparison.Ordinal);
            Assert.Contains("OCÉAN-5G", text, StringComparison.Ordinal);
            Assert.Matches(@"€\d{1,3}(,\d{3})*\.\d{2}", text);
            Assert.DoesNotContain("Accusé de réception", text, StringComparison.Ordinal);
        }

        var french = await c.Lab.GetByteArrayAsync($"/api/documents/{receipt["id"]}");
        Assert.Equal(storedSha, Convert.ToHexStringLower(SHA256.HashData(french)));
        Assert.Equal(storedSha, (await c.Lab.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/documents"))!
            .First(d => d!["id"]!.GetValue<Guid>() == receipt["id"]!.GetValue<Guid>())!["sha256"]!.GetValue<string>());

        await ApiClient.AssertProblem(await c.Lab.GetAsync($"/api/documents/{receipt["id"]}?lang=de"), HttpStatusCode.BadRequest, "invalid_language");
        var (stranger, _, _) = await new ApiClient(factory).NewUser();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/documents/{receipt["id"]}?lang=en")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/documents/{receipt["id"]}?lang=de")).StatusCode);
    }

    [Fact]
    public async Task Strangers_get_404_and_only_managers_regenerate()
    {
        var api = new ApiClient(factory);
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
        var document = (await WaitForReady(c.Lead, c.ProposalId, 2))[0]!;
        var id = document["id"]!.GetValue<Guid>();

        var (stranger, _, _) = await api.NewApplicant();
        await ApiClient.AssertProblem(await stranger.GetAsync($"/api/documents/{id}"), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await stranger.GetAsync($"/api/proposals/{c.ProposalId}/documents"), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await c.Lead.PostAsync($"/api/documents/{id}/regenerate", null), HttpStatusCode.Forbidden, "forbidden");

        var manager = await api.Manager();
        var regenerated = await ApiClient.ReadObject(await manager.PostAsync($"/api/documents/{id}/regenerate", null));
        Assert.Equal("Pending", regenerated["status"]!.GetValue<string>());
        var again = (await WaitForReady(c.Lead, c.ProposalId, 2)).Single(d => d!["id"]!.GetValue<Guid>() == id)!;
        Assert.Equal(document["sha256"]!.GetValue<string>(), again["sha256"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_document_left_Pending_by_a_killed_renderer_is_pulled_again_without_any_message()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
        var id = (await WaitForReady(c.Lead, c.ProposalId, 2))[0]!["id"]!.GetValue<Guid>();

        // What a killed renderer leaves behind: the row Pending, its content gone, and no message asking for it.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FundingPortal.Infrastructure.Persistence.AppDbContext>();
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM document_contents WHERE document_id = {id}");
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE generated_documents SET status = 'Pending', sha256 = NULL WHERE id = {id}");
        }

        var documents = await WaitForReady(c.Lead, c.ProposalId, 2);
        Assert.Equal("Ready", documents.Single(d => d!["id"]!.GetValue<Guid>() == id)!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await c.Lead.GetAsync($"/api/documents/{id}")).StatusCode);
    }

    private async Task<IReadOnlyList<string>> OutboxTypes(Guid proposalId)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT type FROM outbox_messages WHERE payload->>'proposalId' = @id ORDER BY occurred_at, id", connection);
        command.Parameters.AddWithValue("id", proposalId.ToString());
        var types = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            types.Add(reader.GetString(0).Split('.').Last());
        }

        return types;
    }

    internal static async Task<JsonArray> WaitForReady(HttpClient client, Guid proposalId, int count)
    {
        JsonArray documents = [];
        for (var i = 0; i < 150; i++)
        {
            documents = (await client.GetFromJsonAsync<JsonArray>($"/api/proposals/{proposalId}/documents"))!;
            if (documents.Count(d => d!["status"]!.GetValue<string>() == "Ready") >= count)
            {
                return documents;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"documents not ready: {documents.ToJsonString()}");
    }
}
