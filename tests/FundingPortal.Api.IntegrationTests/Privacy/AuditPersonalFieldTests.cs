using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Proposals;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.Privacy;

[Collection(Collections.Reviews)]
public sealed class AuditPersonalFieldTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task A_file_name_is_chained_as_a_salted_digest_the_chain_verifies_after_erasure_and_a_forged_value_is_caught()
    {
        var c = await Consortium.Create(factory);
        var file = new ByteArrayContent(AttachmentTests.MinimalPdf());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var upload = await c.Lead.PostAsync($"/api/proposals/{c.ProposalId}/attachments",
            new MultipartFormDataContent { { file, "file", "CV de Claire Martin.pdf" }, { new StringContent("Annex"), "kind" } });
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());

        var history = (await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/history"))!;
        var added = history.Last(h => h!["action"]!.GetValue<string>() == "attachment_added")!;
        var details = added["details"]!.GetValue<string>();
        Assert.DoesNotContain("Claire", details, StringComparison.Ordinal);
        var marker = JsonNode.Parse(details)!["fileName"]!.GetValue<string>();
        Assert.Matches("^personal:sha256:[0-9a-f]{64}$", marker);
        Assert.Equal("CV de Claire Martin.pdf", await Scalar<string?>("SELECT value FROM audit_personal_values WHERE digest = @d", marker[16..]));
        await AssertVerifies(c, true);

        // What the retention job does: forget the value and its salt. No hash of the chain moves.
        await Execute("UPDATE audit_personal_values SET value = NULL, salt = NULL, erased_at = now() WHERE digest = @d", marker[16..]);
        await AssertVerifies(c, true);
        Assert.Equal(history.Select(h => h!["hash"]!.GetValue<string>()),
            (await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/history"))!.Select(h => h!["hash"]!.GetValue<string>()));

        // A value rewritten behind the chain's back no longer matches its digest.
        await Execute("UPDATE audit_personal_values SET value = 'Autre.pdf', salt = '00000000000000000000000000000000', erased_at = NULL WHERE digest = @d", marker[16..]);
        await AssertVerifies(c, false);
    }

    private async Task AssertVerifies(Consortium c, bool valid)
    {
        var verdict = (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}/history/verify"))!;
        Assert.Equal(valid, verdict["valid"]!.GetValue<bool>());
    }

    private async Task<T> Scalar<T>(string sql, string digest)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("d", digest);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private async Task Execute(string sql, string digest)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("d", digest);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
