using System.Text.RegularExpressions;
using FundingPortal.TestSupport.Files;
using FundingPortal.Web.BrowserTests.Infrastructure;
using FundingPortal.Web.BrowserTests.Languages;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Personas;

/// <summary>
/// The attachment upload shows its progress (issue 19 item 4): a file too large or not a PDF is refused before it is sent,
/// a multi-megabyte PDF sent over a slow link shows an intermediate percentage then the page's success message, and a
/// file the server refuses (a PDF only by its name) shows the server's message next to the field. Each state in fr and en.
/// </summary>
[Collection(DemoWalkCollection.Name)]
public sealed class UploadProgressTests(DemoWalkHost host)
{
    public static TheoryData<string> BothLanguages => new() { "fr", "en" };

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task A_large_pdf_shows_its_progress_then_the_success_and_bad_files_are_explained_before_and_after_sending(string language)
    {
        var page = await Personas.SignedIn(host, Personas.Lead, language);
        var en = language == "en";
        var fileLabel = en ? "PDF file (10 MB at most)" : "Fichier PDF (10 Mo au plus)";
        var send = page.GetByRole(AriaRole.Button, new() { Name = en ? "Attach the file" : "Joindre le fichier" });
        var name = $"OCEAN-5G-2027-{language}.pdf";
        await Journey(page, $"listes3-{language}-televersement", async () =>
        {
            await page.GotoAsync("/dossiers");
            var href = await page.Locator("tbody tr").Filter(new() { HasText = "OCÉAN-5G" }).First.Locator("a").First.GetAttributeAsync("href");
            await page.GotoAsync(href + "/pieces-jointes");

            // Refused before sending: too large, then not a PDF.
            await page.GetByLabel(fileLabel).SetInputFilesAsync(new FilePayload { Name = "scan.pdf", MimeType = "application/pdf", Buffer = new byte[10 * 1024 * 1024 + 1] });
            await send.ClickAsync();
            var error = page.Locator("#file-client-error");
            await Assertions.Expect(error).ToContainTextAsync(en ? "This file is larger than 10 MB" : "Ce fichier dépasse 10 Mo");
            await Assertions.Expect(page.GetByLabel(fileLabel)).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.GetByLabel(fileLabel)).ToBeFocusedAsync();
            await Assertions.Expect(page.Locator("[data-upload-progress]")).ToBeHiddenAsync();
            await page.GetByLabel(fileLabel).SetInputFilesAsync(new FilePayload { Name = "budget.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = new byte[100] });
            await send.ClickAsync();
            await Assertions.Expect(error).ToContainTextAsync(en ? "This file is not a PDF" : "Ce fichier n'est pas un PDF");
            await LanguageScan.AssertLanguage(page, language, [.. Personas.Data, .. LanguageScan.DemoData]);
            await Snapshot(page, $"listes3-{language}-televersement-refuse-avant", language);

            // Refused by the server: named .pdf, not a PDF inside.
            await page.GetByLabel(fileLabel).SetInputFilesAsync(new FilePayload { Name = "faux.pdf", MimeType = "application/pdf", Buffer = TestPdfs.HtmlPolyglot() });
            await send.ClickAsync();
            await Assertions.Expect(page.Locator("#file-error")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#file-client-error")).ToHaveCountAsync(0);
            await LanguageScan.AssertLanguage(page, language, [.. Personas.Data, .. LanguageScan.DemoData]);
            await Snapshot(page, $"listes3-{language}-televersement-refuse-apres", language);

            // A 4 MB PDF over a link of 512 KB/s: the bar and the live text pass through an intermediate percentage.
            var cdp = await page.Context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Network.enable");
            await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false, ["latency"] = 20, ["downloadThroughput"] = 4 * 1024 * 1024, ["uploadThroughput"] = 512 * 1024,
            });
            await page.GetByLabel(fileLabel).SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/pdf", Buffer = TestPdfs.OnePage("Annexe", 4 * 1024 * 1024) });
            await send.ClickAsync();
            var percent = page.Locator("[data-upload-percent]");
            await Assertions.Expect(percent).ToHaveTextAsync(new Regex(en ? "^([1-9]|[1-9][0-9])%$" : "^([1-9]|[1-9][0-9])\u202F%$"));
            var seen = int.Parse(Regex.Match(await percent.TextContentAsync() ?? "", "^[0-9]+").Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(seen, 1, 99);
            Assert.InRange(await page.Locator("#upload-bar").EvaluateAsync<double>("b => b.value"), 1, 99);
            await Assertions.Expect(send).ToBeDisabledAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ScreenshotFolder, $"listes3-{language}-televersement-en-cours.png"), FullPage = true });

            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync(name, new() { Timeout = 60_000 });
            await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false, ["latency"] = 0, ["downloadThroughput"] = -1, ["uploadThroughput"] = -1,
            });
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToBeFocusedAsync();
            await LanguageScan.AssertLanguage(page, language, [.. Personas.Data, .. LanguageScan.DemoData, name]);
            await Snapshot(page, $"listes3-{language}-televersement-reussi", language);

            // The demo's dossier is left as it was: the file is deleted (after its confirmation step).
            await page.GetByRole(AriaRole.Button, new() { Name = (en ? "Delete " : "Supprimer ") + name }).ClickAsync();
            await page.Locator(".confirm-step").GetByRole(AriaRole.Button, new() { Name = en ? "Yes, delete the attachment" : "Oui, supprimer la pièce" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = name })).ToHaveCountAsync(0);
        });
    }
}
