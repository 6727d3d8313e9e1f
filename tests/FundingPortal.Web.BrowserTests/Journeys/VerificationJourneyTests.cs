using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FundingPortal.TestSupport.Files;
using FundingPortal.Web.BrowserTests.Infrastructure;
using FundingPortal.Web.BrowserTests.Languages;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Journeys;

/// <summary>
/// Someone handed a receipt (a funder, an auditor) scans its QR code: the public page shows what was issued and when,
/// and the PDF they drop on it is hashed in their browser and found to match — or not, once altered. No sign-in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VerificationJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task A_receipts_qr_code_opens_the_verification_page_which_says_the_dropped_pdf_matches()
    {
        var callId = await host.Api.PublishedCall("Appel vérification des documents");
        var (proposalId, reference) = await host.Api.SubmittedDossier(callId, "VERIF-QR");
        var receipt = await ReceiptPdf(proposalId);
        var qrPath = new Uri(Assert.Single(PdfQrCodes.Decode(receipt))).AbsolutePath;
        Assert.Matches("^/verifier/[0-9A-Z]{20}$", qrPath);
        var folder = Directory.CreateTempSubdirectory("fp-verify-");
        var genuine = Path.Combine(folder.FullName, "accuse-de-reception.pdf");
        await File.WriteAllBytesAsync(genuine, receipt);
        var altered = Path.Combine(folder.FullName, "accuse-modifie.pdf");
        var changed = receipt.ToArray();
        changed[changed.Length / 2] ^= 1;
        await File.WriteAllBytesAsync(altered, changed);

        var page = await host.NewPage();
        await Journey(page, "verification", async () =>
        {
            await page.GotoAsync(qrPath);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vérifier un document");
            var issued = page.GetByRole(AriaRole.Region, new() { Name = "Document émis" });
            await Assertions.Expect(issued).ToContainTextAsync("Accusé de réception");
            await Assertions.Expect(issued).ToContainTextAsync(reference);
            await Snapshot(page, "verification-01-issued-document");

            await page.GetByLabel("Fichier PDF").SetInputFilesAsync(genuine);
            await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier ce fichier" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("empreinte=[0-9a-f]{64}$"));
            await Assertions.Expect(page.GetByTestId("verification-outcome")).ToContainTextAsync("Ce document correspond au document émis.");
            await Snapshot(page, "verification-02-matches");

            await page.GetByLabel("Fichier PDF").SetInputFilesAsync(altered);
            await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier ce fichier" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("verification-outcome")).ToContainTextAsync("Ce document ne correspond pas au document émis.");
            await Snapshot(page, "verification-03-does-not-match");

            await page.GotoAsync("/verifier?empreinte=pas-une-empreinte");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("64 caractères hexadécimaux");
            await Snapshot(page, "verification-04-invalid-fingerprint");
            await LanguageScan.AssertLanguage(page, "fr");
        });

        var english = await host.NewPage("en");
        await Journey(english, "verification-en", async () =>
        {
            await english.GotoAsync(qrPath);
            await Assertions.Expect(english.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Verify a document");
            await english.GetByLabel("PDF file").SetInputFilesAsync(genuine);
            await english.GetByRole(AriaRole.Button, new() { Name = "Check this file" }).ClickAsync();
            await Assertions.Expect(english.GetByTestId("verification-outcome")).ToContainTextAsync("This document matches the issued document.");
            await Snapshot(english, "verification-en-01-matches", "en");
            await LanguageScan.AssertLanguage(english, "en", reference);
        });

        folder.Delete(recursive: true);
    }

    private async Task<byte[]> ReceiptPdf(Guid proposalId)
    {
        var manager = await host.Api.Manager();
        for (var i = 0; i < 150; i++)
        {
            var receipt = (await manager.GetFromJsonAsync<JsonArray>($"/api/proposals/{proposalId}/documents"))!
                .FirstOrDefault(d => d!["kind"]!.GetValue<string>() == "Receipt" && d["status"]!.GetValue<string>() == "Ready");
            if (receipt is not null)
            {
                return await manager.GetByteArrayAsync($"/api/documents/{receipt["id"]}");
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("the receipt was never rendered");
    }
}
