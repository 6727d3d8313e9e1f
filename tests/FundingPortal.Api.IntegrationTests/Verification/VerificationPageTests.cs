using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using FundingPortal.Api.IntegrationTests.Documents;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Documents;
using FundingPortal.Infrastructure.Persistence;
using FundingPortal.TestSupport.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FundingPortal.Api.IntegrationTests.Verification;

/// <summary>
/// The public page /verifier without JavaScript: reached by the code of a receipt's QR code, it shows what was issued;
/// the PDF posted to it (with the form's token) is hashed on the server and compared, never stored.
/// </summary>
[Collection(Collections.CoFunding)]
public sealed partial class VerificationPageTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task A_receipts_page_shows_what_was_issued_and_says_whether_a_posted_pdf_is_that_receipt()
    {
        var (reference, pdf, code) = await SubmittedReceipt();
        var visitor = new WebSession(WebSession.NewClient(factory));

        var page = await visitor.Client.GetStringAsync($"/verifier/{code}");
        Assert.Contains(reference, page, StringComparison.Ordinal);
        Assert.Contains("Accusé de réception", page, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(pdf)), page, StringComparison.Ordinal);
        Assert.DoesNotContain("OCÉAN-5G", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ne conserve plus ce document", page, StringComparison.Ordinal);

        var genuine = await PostPdf(visitor, $"/verifier/{code}", pdf);
        Assert.Contains("Ce document correspond au document émis.", genuine, StringComparison.Ordinal);

        var altered = pdf.ToArray();
        altered[altered.Length / 2] ^= 1;
        var forged = await PostPdf(visitor, $"/verifier/{code}", altered);
        Assert.Contains("Ce document ne correspond pas au document émis.", forged, StringComparison.Ordinal);

        // Without a code, any document issued with that hash answers.
        Assert.Contains("Ce document correspond au document émis.", await PostPdf(visitor, "/verifier", pdf), StringComparison.Ordinal);
        Assert.Contains("ne correspond à aucun document émis", await PostPdf(visitor, "/verifier", altered), StringComparison.Ordinal);
        Assert.Equal(0, await CountStoredContents(SHA256.HashData(altered)));
    }

    [Fact]
    public async Task A_pasted_hash_is_checked_and_bad_input_is_explained()
    {
        var (_, pdf, code) = await SubmittedReceipt();
        var visitor = WebSession.NewClient(factory);

        var matching = await visitor.GetStringAsync($"/verifier/{code}?empreinte={Convert.ToHexString(SHA256.HashData(pdf))}");
        Assert.Contains("Ce document correspond au document émis.", matching, StringComparison.Ordinal);

        var malformed = await visitor.GetStringAsync("/verifier?empreinte=abc");
        Assert.Contains("64 caractères hexadécimaux (0 à 9, a à f)", malformed, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", malformed, StringComparison.Ordinal);

        var session = new WebSession(visitor);
        Assert.Contains("Ce fichier n'est pas un PDF.", await PostPdf(session, "/verifier", "bonjour"u8.ToArray()), StringComparison.Ordinal);

        var unknown = await visitor.GetAsync("/verifier/0000000000ZZZZZZZZZZ");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Aucun document émis ne porte ce code", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var inEnglish = new HttpRequestMessage(HttpMethod.Get, $"/verifier/{code}");
        inEnglish.Headers.AcceptLanguage.ParseAdd("en-GB");
        var english = await (await visitor.SendAsync(inEnglish)).Content.ReadAsStringAsync();
        Assert.Contains("Acknowledgement of receipt", english, StringComparison.Ordinal);
        Assert.Contains("Verify a document", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_forms_token_is_refused()
    {
        var client = WebSession.NewClient(factory);
        var content = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.7"u8.ToArray()), "file", "a.pdf" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/verifier", content)).StatusCode);
    }

    /// <summary>A submitted receipt, and the code its QR code carries, read from the PDF's image as a phone would.</summary>
    private async Task<(string Reference, byte[] Pdf, string Code)> SubmittedReceipt()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        var submission = await ApiClient.ReadObject(await c.Submit());
        var receipt = (await DocumentTests.WaitForReady(c.Lead, c.ProposalId, 2)).Single(d => d!["kind"]!.GetValue<string>() == "Receipt")!;
        var pdf = await c.Lead.GetByteArrayAsync($"/api/documents/{receipt["id"]}");

        var url = Assert.Single(PdfQrCodes.Decode(pdf));
        var publicUrl = factory.Services.GetRequiredService<IOptions<PortalOptions>>().Value.PublicUrl.TrimEnd('/');
        Assert.StartsWith($"{publicUrl}/verifier/", url, StringComparison.Ordinal);
        using (var read = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            Assert.Contains(url, string.Join(" ", read.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
        }

        return (submission["reference"]!.GetValue<string>(), pdf, url[(publicUrl.Length + "/verifier/".Length)..]);
    }

    [Fact]
    public async Task A_regenerated_receipt_keeps_its_qr_code_and_its_bytes()
    {
        var (_, pdf, code) = await SubmittedReceipt();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var stored = await db.GeneratedDocuments.SingleAsync(d => d.Sha256 == sha256);
        Assert.Equal(code, stored.VerificationCode);

        var manager = await new ApiClient(factory).Manager();
        await Consortium.Expect(manager.PostAsync($"/api/documents/{stored.Id}/regenerate", null), HttpStatusCode.OK);
        for (var i = 0; i < 100 && (await db.GeneratedDocuments.AsNoTracking().SingleAsync(d => d.Id == stored.Id)).Status != DocumentStatus.Ready; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(pdf, await manager.GetByteArrayAsync($"/api/documents/{stored.Id}"));
    }

    private async Task<int> CountStoredContents(byte[] sha256)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.GeneratedDocuments.CountAsync(d => d.Sha256 == Convert.ToHexStringLower(sha256));
    }

    internal static async Task<string> PostPdf(WebSession session, string path, byte[] pdf)
    {
        var page = await session.Client.GetStringAsync(path);
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var form = new MultipartFormDataContent
        {
            { new StringContent(TokenPattern().Match(page).Groups[1].Value), "__RequestVerificationToken" },
            { file, "file", "document.pdf" },
        };
        var response = await session.Client.PostAsync(path, form);
        Assert.True(response.StatusCode is HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
