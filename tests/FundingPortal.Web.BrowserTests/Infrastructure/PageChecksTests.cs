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

    [Fact]
    public async Task A_page_state_is_the_same_whatever_its_anti_forgery_token_and_another_once_a_field_is_typed_into()
    {
        const string Form = """
            <!doctype html><html lang="fr"><head><title>Formulaire</title></head>
            <body><main><h1>Formulaire</h1><form><input name="__RequestVerificationToken" type="hidden" value="{0}">
            <label for="nom">Nom</label><input id="nom" name="nom"></form></main></body></html>
            """;
        var first = await host.NewPage();
        await first.SetContentAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, Form, "jeton-1"));
        var second = await host.NewPage();
        await second.SetContentAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, Form, "jeton-2"));

        Assert.Equal(await PageStates.KeyOf(first), await PageStates.KeyOf(second));

        await second.GetByLabel("Nom").FillAsync("Ondes Bretonnes");
        Assert.NotEqual(await PageStates.KeyOf(first), await PageStates.KeyOf(second));

        await second.SetViewportSizeAsync(375, 812);
        await second.GetByLabel("Nom").FillAsync(string.Empty);
        Assert.NotEqual(await PageStates.KeyOf(first), await PageStates.KeyOf(second));
    }
}
