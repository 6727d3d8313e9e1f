using System.Net.Http.Json;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Proposals;

[Collection(Collections.Proposals)]
public sealed class AttachmentTests(ApiFactory factory) : PortalTest(factory)
{
    public static byte[] MinimalPdf(int padding = 0) => TestPdfs.OnePage("Annexe", padding);

    private static MultipartFormDataContent Form(byte[] bytes, string fileName, string kind = "Annex", string contentType = "application/pdf")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(kind), "kind" } };
    }

    [Fact]
    public async Task A_partner_uploads_a_pdf_the_consortium_downloads_it_and_its_hash_is_stored()
    {
        var c = await Consortium.Create(factory);
        await Consortium.Expect(c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partners", new { organisationId = c.LabOrganisationId }), HttpStatusCode.Created);
        var pdf = MinimalPdf();
        var response = await c.Lab.PostAsync($"/api/proposals/{c.ProposalId}/attachments", Form(pdf, "../../etc/Accord de consortium.pdf", "ConsortiumAgreement"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var attachment = await ApiClient.ReadObject(response);
        Assert.Equal("Accord de consortium.pdf", attachment["fileName"]!.GetValue<string>());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), attachment["sha256"]!.GetValue<string>());

        var download = await c.Lead.GetAsync($"/api/proposals/{c.ProposalId}/attachments/{attachment["id"]}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        var (stranger, _, _) = await new ApiClient(factory).NewApplicant();
        await ApiClient.AssertProblem(await stranger.GetAsync($"/api/proposals/{c.ProposalId}/attachments/{attachment["id"]}"), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await stranger.PostAsync($"/api/proposals/{c.ProposalId}/attachments", Form(pdf, "x.pdf")), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_partner_removes_one_attachment_and_replaces_another_while_the_dossier_is_editable()
    {
        var c = await Consortium.Create(factory);
        var annex = await Upload(c.Lead, c.ProposalId, MinimalPdf(), "annexe.pdf");
        var agreement = await Upload(c.Lead, c.ProposalId, MinimalPdf(1), "accord.pdf", "ConsortiumAgreement");

        Assert.Equal(HttpStatusCode.NoContent, (await c.Lead.DeleteAsync($"/api/proposals/{c.ProposalId}/attachments/{annex}")).StatusCode);
        var signed = MinimalPdf(2);
        var replaced = await c.Lead.PutAsync($"/api/proposals/{c.ProposalId}/attachments/{agreement}", FileOnly(signed, "accord signé.pdf"));

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var replacement = await ApiClient.ReadObject(replaced);
        Assert.Equal("ConsortiumAgreement", replacement["kind"]!.GetValue<string>());
        Assert.Equal("accord signé.pdf", replacement["fileName"]!.GetValue<string>());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(signed)), replacement["sha256"]!.GetValue<string>());
        var listed = (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!["attachments"]!.AsArray();
        Assert.Equal([replacement["id"]!.GetValue<Guid>()], listed.Select(a => a!["id"]!.GetValue<Guid>()));
        Assert.Equal(signed, await c.Lead.GetByteArrayAsync($"/api/proposals/{c.ProposalId}/attachments/{replacement["id"]}"));
        // Never part of a submitted version: gone for good.
        await ApiClient.AssertProblem(await c.Lead.GetAsync($"/api/proposals/{c.ProposalId}/attachments/{annex}"), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await c.Lead.GetAsync($"/api/proposals/{c.ProposalId}/attachments/{agreement}"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_submitted_version_keeps_its_attachment_after_the_dossier_drops_or_replaces_it()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        var original = MinimalPdf(3);
        var annex = await Upload(c.Lead, c.ProposalId, original, "annexe v1.pdf");
        Assert.Equal(HttpStatusCode.OK, (await c.Submit()).StatusCode);

        var replaced = await ApiClient.ReadObject(await c.Lead.PutAsync($"/api/proposals/{c.ProposalId}/attachments/{annex}", FileOnly(MinimalPdf(4), "annexe v2.pdf")));
        Assert.Equal(HttpStatusCode.NoContent, (await c.Lead.DeleteAsync($"/api/proposals/{c.ProposalId}/attachments/{replaced["id"]}")).StatusCode);

        var kept = await c.Lead.GetAsync($"/api/proposals/{c.ProposalId}/attachments/{annex}");
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(original, await kept.Content.ReadAsByteArrayAsync());
        Assert.Equal("annexe v1.pdf", kept.Content.Headers.ContentDisposition!.FileNameStar ?? kept.Content.Headers.ContentDisposition.FileName);
        Assert.Empty((await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!["attachments"]!.AsArray());
    }

    [Fact]
    public async Task Removing_or_replacing_is_refused_after_the_deadline_to_strangers_and_for_a_non_pdf()
    {
        var c = await Consortium.Create(factory);
        var annex = await Upload(c.Lead, c.ProposalId, MinimalPdf(), "annexe.pdf");
        var path = $"/api/proposals/{c.ProposalId}/attachments/{annex}";

        var (stranger, _, _) = await new ApiClient(factory).NewApplicant();
        await ApiClient.AssertProblem(await stranger.DeleteAsync(path), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await stranger.PutAsync(path, FileOnly(MinimalPdf(1), "x.pdf")), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await c.Lead.PutAsync(path, FileOnly(Encoding.UTF8.GetBytes("not a pdf"), "x.pdf")), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        await ApiClient.AssertProblem(await c.Lead.DeleteAsync($"/api/proposals/{c.ProposalId}/attachments/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "not_found");

        factory.Clock.SetUtcNow(c.DeadlineUtc);
        await ApiClient.AssertProblem(await c.Lead.DeleteAsync(path), HttpStatusCode.Conflict, "deadline_passed");
        await ApiClient.AssertProblem(await c.Lead.PutAsync(path, FileOnly(MinimalPdf(1), "x.pdf")), HttpStatusCode.Conflict, "deadline_passed");
        Assert.Equal(MinimalPdf(), await c.Lead.GetByteArrayAsync(path));
    }

    private static MultipartFormDataContent FileOnly(byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static async Task<Guid> Upload(HttpClient client, Guid proposalId, byte[] pdf, string fileName, string kind = "Annex")
    {
        var response = await client.PostAsync($"/api/proposals/{proposalId}/attachments", Form(pdf, fileName, kind));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ApiClient.ReadObject(response))["id"]!.GetValue<Guid>();
    }

    [Fact]
    public async Task A_file_named_pdf_that_is_not_a_pdf_is_a_415_and_a_file_over_10_MB_a_413()
    {
        var c = await Consortium.Create(factory);
        await ApiClient.AssertProblem(await c.Lead.PostAsync($"/api/proposals/{c.ProposalId}/attachments",
            Form(Encoding.UTF8.GetBytes("MZ\u0090 this is an executable"), "annexe.pdf")), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        await ApiClient.AssertProblem(await c.Lead.PostAsync($"/api/proposals/{c.ProposalId}/attachments",
            Form(MinimalPdf(10 * 1024 * 1024 + 10), "big.pdf")), HttpStatusCode.RequestEntityTooLarge, "file_too_large");
        await ApiClient.AssertProblem(await c.Lead.PostAsync($"/api/proposals/{c.ProposalId}/attachments",
            Form(MinimalPdf(), "a.pdf", kind: "Selfie")), HttpStatusCode.BadRequest, "validation_failed");

        var dossier = await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}");
        Assert.Empty(dossier!["attachments"]!.AsArray());
    }

    [Fact]
    public async Task A_call_requiring_a_consortium_agreement_blocks_submission_until_it_is_attached()
    {
        var c = await Consortium.Create(factory, eligibility: new JsonObject { ["consortiumAgreementRequired"] = true });
        await c.MakeEligible();
        var problem = await ApiClient.ReadObject(await c.Submit());
        Assert.Equal(["consortium_agreement_missing"], problem["issues"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Created, (await c.Lead.PostAsync($"/api/proposals/{c.ProposalId}/attachments", Form(MinimalPdf(), "accord.pdf", "ConsortiumAgreement"))).StatusCode);
        var receipt = await ApiClient.ReadObject(await c.Submit());
        Assert.Single(receipt["attachments"]!.AsArray());
    }

    [Fact]
    public async Task An_html_page_carrying_pdf_markers_is_a_415()
    {
        var c = await Consortium.Create(factory);
        await ApiClient.AssertProblem(await c.Lead.PostAsync($"/api/proposals/{c.ProposalId}/attachments", Form(TestPdfs.HtmlPolyglot(), "facture.pdf")),
            HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        Assert.Empty((await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!["attachments"]!.AsArray());
    }

    [Theory]
    [InlineData("invoice\u202efdp.exe", "invoicefdp.exe")]
    [InlineData("..\\..\\secret\u2066\u202b/rapport\u200f final.pdf", "rapport final.pdf")]
    public async Task Bidirectional_controls_are_stripped_from_the_stored_and_served_name(string sent, string stored)
    {
        var c = await Consortium.Create(factory);
        var response = await c.Lead.PostAsync($"/api/proposals/{c.ProposalId}/attachments", Form(MinimalPdf(), sent));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var attachment = await ApiClient.ReadObject(response);
        Assert.Equal(stored, attachment["fileName"]!.GetValue<string>());

        var download = await c.Lead.GetAsync($"/api/proposals/{c.ProposalId}/attachments/{attachment["id"]}");
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal(stored, disposition.FileNameStar ?? disposition.FileName!.Trim('"'));
    }

    [Fact]
    public async Task Fifty_attachments_at_most_even_when_ten_uploads_race_for_the_last_five_places()
    {
        var c = await Consortium.Create(factory);
        for (var i = 0; i < 45; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await c.Lead.PostAsync($"/api/proposals/{c.ProposalId}/attachments", Form(TestPdfs.OnePage($"Annexe {i}"), $"annexe-{i}.pdf"))).StatusCode);
        }

        var racers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            c.Lead.PostAsync($"/api/proposals/{c.ProposalId}/attachments", Form(TestPdfs.OnePage($"Course {i}"), $"course-{i}.pdf"))));

        Assert.Equal(5, racers.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in racers.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await ApiClient.AssertProblem(refused, HttpStatusCode.RequestEntityTooLarge, "quota_exceeded");
        }

        Assert.Equal(50, (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!["attachments"]!.AsArray().Count);
        Assert.Equal((50L, 50L), await CountRows(c.ProposalId));
    }

    /// <summary>Attachment rows and content rows of the dossier: a refused upload leaves no orphan bytes.</summary>
    private async Task<(long Attachments, long Contents)> CountRows(Guid proposalId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT (SELECT count(*) FROM proposal_attachment WHERE proposal_id = @p), " +
            "(SELECT count(*) FROM attachment_contents c JOIN proposal_attachment a ON a.id = c.attachment_id WHERE a.proposal_id = @p) + " +
            "(SELECT count(*) FROM attachment_contents c WHERE NOT EXISTS (SELECT 1 FROM proposal_attachment a WHERE a.id = c.attachment_id))", connection);
        command.Parameters.AddWithValue("p", proposalId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
