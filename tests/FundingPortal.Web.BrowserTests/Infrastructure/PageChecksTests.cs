using Microsoft.Playwright;

namespace FundingPortal.Web.BrowserTests.Infrastructure;

/// <summary>The checks every page state goes through do catch what they claim to: a page that breaks WCAG fails them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageChecksTests(BrowserHost host)
{
    private const string Inaccessible = """
        <!doctype html><html lang="fr"><head><title>Page fautive</title></head>
        <body><main><h1>Page fautive</h1>
          <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
          <p style="color:#bbb;background:#fff">Texte trop pâle pour être lu.</p>
        </main></body></html>
        """;

    [Fact]
    public async Task Axe_core_run_in_the_page_reports_a_missing_alternative_and_a_poor_contrast()
    {
        var page = await host.NewPage();
        await page.SetContentAsync(Inaccessible);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => PageChecks.Accessible(page));

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("color-contrast", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_with_a_frame_is_checked_in_every_frame()
    {
        var page = await host.NewPage();
        await page.SetContentAsync($"""
            <!doctype html><html lang="fr"><head><title>Cadre</title></head>
            <body><main><h1>Cadre</h1><iframe title="Contenu" srcdoc="{System.Net.WebUtility.HtmlEncode(Inaccessible)}"></iframe></main></body></html>
            """);
        await page.Frames[1].WaitForLoadStateAsync(LoadState.Load);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => PageChecks.Accessible(page));

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_passes_is_checked_again_after_it_changes_without_a_new_document()
    {
        var page = await host.NewPage();
        await page.SetContentAsync("""
            <!doctype html><html lang="fr"><head><title>Propre</title></head>
            <body><main><h1>Propre</h1><p>Texte lisible.</p></main></body></html>
            """);
        await PageChecks.Accessible(page);

        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">')");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => PageChecks.Accessible(page));
        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
    }
}
