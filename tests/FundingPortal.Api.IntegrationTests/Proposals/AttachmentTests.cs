using System.Net.Http.Json;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Proposals;

public sealed class AttachmentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static byte[] MinimalPdf(int padding = 0) =>
        Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n" + new string(' ', padding) +
                                "trailer<</Root 1 0 R>>\n%%EOF\n");

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
}
