using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Proposals;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.Privacy;

/// <summary>The retention rules with the clock moved years ahead: a host of their own, so no other test lives in 2029.</summary>
[Collection(Collections.Retention)]
public sealed class RetentionTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task An_account_inactive_three_years_and_a_day_is_anonymised_one_at_three_years_less_a_day_is_kept_and_a_second_run_changes_nothing()
    {
        var start = factory.Clock.GetUtcNow();
        var c = await Consortium.Create(factory);
        var leadEmail = (await c.Lead.GetFromJsonAsync<JsonObject>("/api/me"))!["email"]!.GetValue<string>();
        var file = new ByteArrayContent(AttachmentTests.MinimalPdf());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var upload = await c.Lead.PostAsync($"/api/proposals/{c.ProposalId}/attachments",
            new MultipartFormDataContent { { file, "file", "CV de Claire Martin.pdf" }, { new StringContent("Annex"), "kind" } });
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        await Consortium.Expect(c.Lead.PostAsJsonAsync("/api/me/api-tokens", new { name = "Outil du chef de file", scopes = new[] { "read" } }), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, (await c.Lead.GetAsync("/api/me/calendar-feed")).StatusCode);
        var hashesBefore = await Hashes(c.ProposalId);

        factory.Clock.SetUtcNow(start.AddDays(2));
        var (_, recentEmail, recentId) = await _api.NewUser("recent");

        factory.Clock.SetUtcNow(start.AddYears(3).AddDays(1));
        var manager = await _api.Manager();
        var run = await Run(manager);
        Assert.Equal(3, run["accountsAnonymised"]!.GetValue<int>());

        // The lead (last sign-in 3 years and a day ago) is gone as a person: no sign-in, no address, no way in.
        await ApiClient.AssertProblem(await _api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = leadEmail, password = ApiClient.Password }),
            HttpStatusCode.Unauthorized, "invalid_credentials");
        Assert.Empty(await manager.GetFromJsonAsync<JsonArray>($"/api/admin/users?email={Uri.EscapeDataString(leadEmail)}") ?? []);
        Assert.Equal(0L, await Count("SELECT count(*) FROM api_tokens t JOIN \"AspNetUsers\" u ON u.id = t.user_id WHERE u.email LIKE 'anonyme-%'"));
        Assert.Equal(0L, await Count("SELECT count(*) FROM calendar_feeds f JOIN \"AspNetUsers\" u ON u.id = f.user_id WHERE u.email LIKE 'anonyme-%'"));
        Assert.Equal(0L, await Count("SELECT count(*) FROM audit_personal_values WHERE value LIKE '%Claire%'"));
        Assert.Equal(3L, await Count("SELECT count(*) FROM \"AspNetUsers\" WHERE email LIKE 'anonyme-%@anonymise.invalid' AND password_hash IS NULL"));

        // Its dossier keeps its facts and its chain: every hash as before, and the verification still passes.
        Assert.Equal(hashesBefore, await Hashes(c.ProposalId));
        var verdict = (await manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}/history/verify"))!;
        Assert.True(verdict["valid"]!.GetValue<bool>());

        // The account last used 3 years less a day ago is kept, signs in and still downloads its data.
        var recent = await _api.Login(recentEmail);
        var export = (await recent.GetFromJsonAsync<JsonObject>("/api/me/data-export"))!;
        Assert.Equal(recentId, export["account"]!["userId"]!.GetValue<Guid>());
        Assert.Equal(recentEmail, export["account"]!["email"]!.GetValue<string>());

        var again = await Run(manager);
        Assert.Equal(0, again["accountsAnonymised"]!.GetValue<int>());
        Assert.Equal(0, again["dossiersErased"]!.GetValue<int>());
        Assert.Equal(3L, await Count("SELECT count(*) FROM personal_data_erasures"));
    }

    [Fact]
    public async Task A_withdrawn_dossier_past_three_years_keeps_no_personal_value_anywhere_still_verifies_and_a_second_run_changes_nothing()
    {
        var start = factory.Clock.GetUtcNow();
        var c = await Consortium.Create(factory);
        var file = new ByteArrayContent(AttachmentTests.MinimalPdf());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var upload = await c.Lead.PostAsync($"/api/proposals/{c.ProposalId}/attachments",
            new MultipartFormDataContent { { file, "file", "CV de Claire Martin.pdf" }, { new StringContent("Annex"), "kind" } });
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        await c.MakeEligible();
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
        var documents = await Documents.DocumentTests.WaitForReady(c.Lead, c.ProposalId, 2);
        var receiptId = documents.Single(d => d!["kind"]!.GetValue<string>() == "Receipt")!["id"]!.GetValue<Guid>();
        var receipt = await c.Lead.GetByteArrayAsync($"/api/documents/{receiptId}");
        await Consortium.Expect(c.Lead.PostAsync($"/api/proposals/{c.ProposalId}/withdraw", null), HttpStatusCode.OK);
        Assert.True(await Count($"SELECT count(*) FROM proposal_versions WHERE proposal_id = '{c.ProposalId}' AND snapshot_json LIKE '%Claire%'") > 0);
        var hashesBefore = await Hashes(c.ProposalId);

        factory.Clock.SetUtcNow(start.AddYears(3).AddDays(2));
        var manager = await _api.Manager();
        var run = await Run(manager);
        Assert.Equal(1, run["dossiersErased"]!.GetValue<int>());

        // Nowhere in the dossier's rows: not the attachment's name (draft and snapshot), not its file, not the PDFs printing it.
        var id = c.ProposalId;
        Assert.Equal(0L, await Count($"SELECT count(*) FROM proposal_attachment WHERE proposal_id = '{id}' AND file_name LIKE '%Claire%'"));
        Assert.Equal(1L, await Count($"SELECT count(*) FROM proposal_attachment WHERE proposal_id = '{id}' AND file_name = 'piece-jointe-1.pdf'"));
        Assert.Equal(0L, await Count($"SELECT count(*) FROM proposal_versions WHERE proposal_id = '{id}' AND snapshot_json LIKE '%Claire%'"));
        Assert.Equal(0L, await Count($"SELECT count(*) FROM attachment_contents c JOIN proposal_attachment a ON a.id = c.attachment_id WHERE a.proposal_id = '{id}'"));
        Assert.Equal(0L, await Count($"SELECT count(*) FROM document_contents c JOIN generated_documents d ON d.id = c.document_id WHERE d.proposal_id = '{id}'"));
        Assert.Equal(0L, await Count($"SELECT count(*) FROM audit_personal_values WHERE stream_id = '{id}' AND value IS NOT NULL"));
        Assert.Equal(0L, await Count($"SELECT count(*) FROM invitations WHERE proposal_id = '{id}' AND email NOT LIKE '%@anonymise.invalid'"));
        Assert.Equal(0L, await Count($"SELECT count(*) FROM proposal_messages WHERE proposal_id = '{id}' AND body <> '—'"));
        // The hash records stay: the attachment's SHA-256, the receipt's.
        Assert.Equal(2L, await Count($"SELECT count(*) FROM generated_documents WHERE proposal_id = '{id}' AND sha256 IS NOT NULL"));

        // The chain and the proof: unchanged hashes, history/verify and verify-everything pass, the receipt's hash is still known.
        Assert.Equal(hashesBefore, await Hashes(id));
        Assert.True((await manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{id}/history/verify"))!["valid"]!.GetValue<bool>());
        var report = await ApiClient.ReadObject(await manager.PostAsync("/api/audit/verify", null));
        Assert.True(report["ok"]!.GetValue<bool>(), report.ToJsonString());
        var verified = await ApiClient.ReadObject(await _api.Anonymous().GetAsync($"/api/verify/{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(receipt))}"));
        Assert.Equal("Receipt", verified["kind"]!.GetValue<string>());
        await ApiClient.AssertProblem(await manager.GetAsync($"/api/documents/{receiptId}"), HttpStatusCode.Conflict, "document_not_kept");
        var code = await Scalar<string>($"SELECT verification_code FROM generated_documents WHERE id = '{receiptId}'");
        var page = await WebSession.NewClient(factory).GetStringAsync($"/verifier/{code}");
        Assert.Contains("Le portail ne conserve plus ce document", page, StringComparison.Ordinal);

        var snapshots = await Count($"SELECT sum(length(snapshot_json)) FROM proposal_versions WHERE proposal_id = '{id}'");
        var again = await Run(manager);
        Assert.Equal(0, again["dossiersErased"]!.GetValue<int>());
        Assert.Equal(snapshots, await Count($"SELECT sum(length(snapshot_json)) FROM proposal_versions WHERE proposal_id = '{id}'"));
        Assert.Equal(hashesBefore, await Hashes(id));
    }

    [Fact]
    public async Task Only_managers_run_the_retention_rules()
    {
        var (user, _, _) = await _api.NewUser("not-manager");
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsync("/api/privacy/retention/run", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.Anonymous().PostAsync("/api/privacy/retention/run", null)).StatusCode);
    }

    private static async Task<JsonObject> Run(HttpClient manager)
    {
        var response = await manager.PostAsync("/api/privacy/retention/run", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ApiClient.ReadObject(response);
    }

    private async Task<List<string>> Hashes(Guid proposalId)
    {
        var hashes = new List<string>();
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT hash FROM audit_entries WHERE stream_id = @id ORDER BY sequence", connection);
        command.Parameters.AddWithValue("id", proposalId);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            hashes.Add(reader.GetString(0));
        }

        return hashes;
    }

    private Task<long> Count(string sql) => Scalar<long>(sql);

    private async Task<T> Scalar<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
