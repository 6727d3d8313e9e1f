using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;
using FundingPortal.Domain.Audit;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.Audit;

/// <summary>
/// A submitted dossier with its two PDFs issued, an expert assigned to it: every kind of stream (call, proposal, expert,
/// assignment) and documents to verify. Tampering goes straight to the database, as someone with access to it would.
/// </summary>
public sealed class AuditScenario
{
    private readonly ApiFactory _factory;

    private AuditScenario(ApiFactory factory, HttpClient manager, ReviewScenario review, Dossier dossier, ExpertUser expert, Guid assignmentId)
    {
        _factory = factory;
        Manager = manager;
        Review = review;
        Dossier = dossier;
        Expert = expert;
        AssignmentId = assignmentId;
    }

    public HttpClient Manager { get; }
    public ReviewScenario Review { get; }
    public Dossier Dossier { get; }
    public ExpertUser Expert { get; }
    public Guid AssignmentId { get; }
    public string ProposalStream => $"proposal/{Dossier.ProposalId:D}";

    public static async Task<AuditScenario> Create(ApiFactory factory)
    {
        var review = await ReviewScenario.Create(factory);
        var dossier = await review.SubmitDossier("OCÉAN-5G", ["5G", "ports"]);
        var expert = await review.NewExpert("Expert Audit", ["5G"]);
        review.Close();
        var assignmentId = await review.Assign(dossier, expert);
        var scenario = new AuditScenario(factory, review.Manager, review, dossier, expert, assignmentId);
        await scenario.WaitForDocuments(2);
        return scenario;
    }

    public async Task<JsonObject> Verify()
    {
        var response = await Manager.PostAsync("/api/audit/verify", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ApiClient.ReadObject(response);
    }

    public async Task<JsonObject> Seal()
    {
        var response = await Manager.PostAsync("/api/audit/seals", null);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ApiClient.ReadObject(response);
    }

    public static IReadOnlyList<(string Stream, int? Sequence, Guid? DocumentId, string Reason)> Failures(JsonObject report) =>
        report["failures"]!.AsArray().Select(f => (f!["stream"]!.GetValue<string>(), f["sequence"]?.GetValue<int>(), f["documentId"]?.GetValue<Guid>(),
            f["reason"]!.GetValue<string>())).ToList();

    public async Task<int> Execute(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(_factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue($"p{i}", parameters[i]);
        }

        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>A kept personal value of the scenario's chains: its stream, the entry naming it, the field holding its marker, its digest.</summary>
    public async Task<(string Stream, int Sequence, string Field, string Digest)> FirstPersonalValue()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.Details != null && a.Details.Contains(AuditPersonalValue.MarkerPrefix))
            .OrderBy(a => a.StreamType).ThenBy(a => a.Sequence).ToListAsync();
        var entry = entries.First();
        var (field, digest) = AuditPersonalValue.MarkedFields(entry.Details).First();
        return ($"{entry.StreamType}/{entry.StreamId:D}", entry.Sequence, field, digest);
    }

    public async Task<int> LastSequenceOfProposal()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AuditEntries.Where(a => a.StreamType == "proposal" && a.StreamId == Dossier.ProposalId).MaxAsync(a => a.Sequence);
    }

    /// <summary>
    /// What an attacker who knows the hashing would do: edit the first entry, then recompute every hash and link after it, so
    /// the chain is consistent again from end to end.
    /// </summary>
    public async Task RewriteProposalChainConsistently(string newDetails)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.StreamType == "proposal" && a.StreamId == Dossier.ProposalId)
            .OrderBy(a => a.Sequence).ToListAsync();
        AuditEntry? previous = null;
        foreach (var entry in entries)
        {
            var forged = AuditEntry.Append(entry.StreamType, entry.StreamId, previous, entry.OccurredAt, entry.ActorUserId, entry.Action, entry.FromState,
                entry.ToState, entry.Sequence == 1 ? newDetails : entry.Details);
            await Execute("UPDATE audit_entries SET details = @p0, previous_hash = @p1, hash = @p2 WHERE id = @p3",
                (object?)forged.Details ?? DBNull.Value, forged.PreviousHash, forged.Hash, entry.Id);
            previous = forged;
        }
    }

    public async Task<IReadOnlyList<JsonNode?>> WaitForDocuments(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var documents = (await Manager.GetFromJsonAsync<JsonArray>($"/api/proposals/{Dossier.ProposalId}/documents"))!;
            var ready = documents.Where(d => d!["status"]!.GetValue<string>() == "Ready").ToList();
            if (ready.Count >= count)
            {
                return ready;
            }

            Assert.True(DateTime.UtcNow < deadline, $"documents not ready: {documents.ToJsonString()}");
            await Task.Delay(100);
        }
    }
}
