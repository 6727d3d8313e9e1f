using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.Audit;

/// <summary>Seals: a Merkle root over every chain head, stored append-only, published as a file anyone can recompute.</summary>
[Collection(Collections.Audit)]
public sealed class SealTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task A_seal_is_listed_and_its_file_lets_an_outsider_recompute_the_digest()
    {
        var scenario = await AuditScenario.Create(factory);
        var seal = await scenario.Seal();

        var listed = (await scenario.Manager.GetFromJsonAsync<JsonArray>("/api/audit/seals"))!.Single()!;
        Assert.Equal(seal["digest"]!.GetValue<string>(), listed["digest"]!.GetValue<string>());
        Assert.Equal(4, listed["streams"]!.GetValue<int>());
        var parisToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).Date);
        Assert.Equal(parisToday.ToString("yyyy-MM-dd"), listed["date"]!.GetValue<string>());

        var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(factory.SealsDirectory, listed["fileName"]!.GetValue<string>())))!;
        Assert.Equal(listed["digest"]!.GetValue<string>(), file["digest"]!.GetValue<string>());
        var leaves = file["leaves"]!.AsArray();
        Assert.Equal(OutsiderRoot(leaves), file["digest"]!.GetValue<string>());

        // The dossier's head in the file is the last entry of its history.
        var history = (await scenario.Manager.GetFromJsonAsync<JsonArray>($"/api/proposals/{scenario.Dossier.ProposalId}/history"))!;
        var head = leaves.Single(l => l!["streamType"]!.GetValue<string>() == "proposal")!;
        Assert.Equal(history[^1]!["sequence"]!.GetValue<int>(), head["sequence"]!.GetValue<int>());
        Assert.Equal(history[^1]!["hash"]!.GetValue<string>(), head["hash"]!.GetValue<string>());
    }

    [Fact]
    public async Task Seals_and_their_leaves_refuse_update_and_delete_in_the_database_itself()
    {
        var scenario = await AuditScenario.Create(factory);
        await scenario.Seal();

        foreach (var sql in new[]
                 {
                     "UPDATE audit_seals SET digest = repeat('0', 64)", "DELETE FROM audit_seals", "TRUNCATE audit_seals CASCADE",
                     "UPDATE audit_seal_leaves SET sequence = 1", "DELETE FROM audit_seal_leaves",
                 })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => scenario.Execute(sql));
            Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        }

        Assert.True((await scenario.Verify())["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_seal_forged_past_its_guard_is_named_seal_mismatch()
    {
        var scenario = await AuditScenario.Create(factory);
        var seal = await scenario.Seal();
        await scenario.Execute("""
            ALTER TABLE audit_seals DISABLE TRIGGER audit_seals_append_only;
            UPDATE audit_seals SET digest = repeat('0', 64);
            ALTER TABLE audit_seals ENABLE TRIGGER audit_seals_append_only;
            """);

        Assert.Equal([($"seal/{seal["id"]}", (int?)null, (Guid?)null, "seal_mismatch")], AuditScenario.Failures(await scenario.Verify()));
    }

    [Fact]
    public async Task A_stream_deleted_entirely_after_the_seal_is_named_stream_removed()
    {
        var scenario = await AuditScenario.Create(factory);
        await scenario.Seal();
        await scenario.Execute("DELETE FROM audit_entries WHERE stream_type = 'expert' AND stream_id = @p0", scenario.Expert.ExpertId);

        Assert.Equal([($"expert/{scenario.Expert.ExpertId:D}", (int?)1, (Guid?)null, "stream_removed")], AuditScenario.Failures(await scenario.Verify()));
    }

    [Fact]
    public async Task The_daily_job_seals_once_per_day_and_heads_and_seals_again_when_a_chain_grew()
    {
        var scenario = await AuditScenario.Create(factory);
        await RunDailySeal();
        await RunDailySeal();
        var seals = (await scenario.Manager.GetFromJsonAsync<JsonArray>("/api/audit/seals"))!;
        Assert.Single(seals);
        Assert.True(File.Exists(Path.Combine(factory.SealsDirectory, seals[0]!["fileName"]!.GetValue<string>())));

        await Consortium.Expect(scenario.Expert.Client.PostAsync($"/api/assignments/{scenario.AssignmentId}/accept", null), System.Net.HttpStatusCode.OK);
        await RunDailySeal();
        seals = (await scenario.Manager.GetFromJsonAsync<JsonArray>("/api/audit/seals"))!;
        Assert.Equal(2, seals.Count);
        Assert.NotEqual(seals[0]!["digest"]!.GetValue<string>(), seals[1]!["digest"]!.GetValue<string>());
        Assert.True((await scenario.Verify())["ok"]!.GetValue<bool>());
    }

    private async Task RunDailySeal()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DailySealJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>docs/proof.md's recipe, written again from the text and nothing else of the portal's code.</summary>
    private static string OutsiderRoot(JsonArray leaves)
    {
        var level = leaves.Select(l =>
        {
            var text = $"{l!["streamType"]}\n{l["streamId"]}\n{l["sequence"]}\n{l["hash"]}";
            return SHA256.HashData([0x00, .. Encoding.UTF8.GetBytes(text)]);
        }).ToList();
        if (level.Count == 0)
        {
            return Convert.ToHexStringLower(SHA256.HashData([]));
        }

        while (level.Count > 1)
        {
            level = level.Chunk(2).Select(pair => pair.Length == 2 ? SHA256.HashData([0x01, .. pair[0], .. pair[1]]) : pair[0]).ToList();
        }

        return Convert.ToHexStringLower(level[0]);
    }
}
