using System.Net;
using FundingPortal.Application.Common.Localisation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace FundingPortal.Web;

/// <summary>What the host tells the error pages about a refused request.</summary>
public static class WebErrorPages
{
    /// <summary>Set (to the field's name) when a form or address held control characters: the 400 page says so.</summary>
    public const string InvalidCharactersItem = "fp.invalid-characters";
}

/// <summary>
/// Pages answered with an empty 400, 403, 404 or 429 (unknown address, dossier not visible, expired form, too many sign-in
/// attempts) get a page in the request's language
/// with the site's look instead of the bare status text the API keeps.
/// </summary>
internal static class ErrorPages
{
    private static readonly ErrorPageTexts Texts = new();
    private static readonly Pages.Shared.LayoutTexts Layout = new();

    private static string TooManyAttempts(string retryAfter, string language) =>
        int.TryParse(retryAfter, out var seconds) && seconds > 0
            ? Texts.Format("TooManyWait", language, Wait(seconds, language))
            : Texts.Format("TooManyWait", language, Texts.Get("OneMinute", language));

    private static string Wait(int seconds, string language) => seconds switch
    {
        1 => Texts.Get("OneSecond", language),
        < 60 => Texts.Format("Seconds", language, seconds),
        < 120 => Texts.Get("OneMinute", language),
        _ => Texts.Format("Minutes", language, (seconds + 59) / 60),
    };

    private static string Footer(string language)
    {
        var links = string.Concat(Pages.Legal.LegalLinks.All.Select(link =>
            $"<li><a href=\"{link.Path}\">{WebUtility.HtmlEncode(Layout.Get(link.Key, language))}</a></li>"));
        return $"<footer class=\"site-footer\"><div class=\"container\"><nav aria-label=\"{WebUtility.HtmlEncode(Layout.Get("FooterLinks", language))}\">"
            + $"<ul class=\"footer-links\">{links}</ul></nav></div></footer>";
    }

    public static async Task WriteIfEmpty(HttpContext context)
    {
        var response = context.Response;
        if (response.HasStarted || response.ContentLength > 0 || response.ContentType is not null
            || context.Request.Path.StartsWithSegments("/api") || response.StatusCode is not (400 or 403 or 404 or 429))
        {
            return;
        }

        var language = Languages.Parse(context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name)
            ?? Languages.Parse(context.Request.Cookies[Languages.CookieName]) ?? Languages.French;
        string T(string key) => Texts.Get(key, language);
        var (title, text) = response.StatusCode switch
        {
            400 when context.Items.ContainsKey(WebErrorPages.InvalidCharactersItem) => (T("InvalidCharactersTitle"), T("InvalidCharacters")),
            404 => (T("NotFoundTitle"), T("NotFound")),
            403 => (T("ForbiddenTitle"), T("Forbidden")),
            429 => (T("TooManyTitle"), TooManyAttempts(response.Headers.RetryAfter.ToString(), language)),
            _ => (T("BadRequestTitle"), T("BadRequest")),
        };
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)} — {WebUtility.HtmlEncode(T("SiteTitle"))}</title><link rel="stylesheet" href="{WebSetup.AssetsPath}/site.css"></head>
            <body>
            <header class="site-header"><div class="container header-row"><a class="brand" href="/"><span class="brand-name">Pôle Ouest</span><span class="brand-tagline">{WebUtility.HtmlEncode(T("Tagline"))}</span></a></div></header>
            <main id="contenu"><div class="container"><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(text)}</p><p><a href="/">{WebUtility.HtmlEncode(T("Home"))}</a></p></div></main>
            {Footer(language)}
            </body>
            </html>
            """);
    }
}

/// <summary>The error pages' texts.</summary>
public sealed class ErrorPageTexts : TextSet
{
    public ErrorPageTexts()
        : base("ErrorPage")
    {
        Add("SiteTitle", "Portail des projets du Pôle Ouest", "Pôle Ouest project portal");
        Add("Tagline", "Portail des projets collaboratifs", "Collaborative project portal");
        Add("Home", "Revenir à l'accueil", "Back to the home page");
        Add("InvalidCharactersTitle", "Caractères non autorisés", "Characters not allowed");
        Add("InvalidCharacters", "Un champ du formulaire (ou l'adresse de la page) contient un caractère de contrôle invisible, souvent copié depuis un autre logiciel. Revenez à la page précédente, retapez le texte de ce champ sans le copier-coller, puis recommencez.",
            "A field of the form (or the page's address) contains an invisible control character, often copied from another program. Go back to the previous page, type that field's text again without copy-pasting it, then try again.");
        Add("NotFoundTitle", "Page introuvable", "Page not found");
        Add("NotFound", "Cette page n'existe pas, ou vous n'y avez pas accès avec ce compte.", "This page does not exist, or this account cannot see it.");
        Add("ForbiddenTitle", "Accès refusé", "Access denied");
        Add("Forbidden", "Votre compte n'a pas accès à cette page.", "Your account cannot open this page.");
        Add("TooManyTitle", "Trop de tentatives", "Too many attempts");
        Add("TooManyWait", "Trop de tentatives depuis votre connexion. Par sécurité, patientez {0} avant de réessayer.",
            "Too many attempts from your connection. For security, wait {0} before trying again.");
        Add("OneSecond", "une seconde", "one second");
        Add("Seconds", "{0} secondes", "{0} seconds");
        Add("OneMinute", "une minute", "one minute");
        AddSame("Minutes", "{0} minutes");
        Add("BadRequestTitle", "Demande incomplète", "Incomplete request");
        Add("BadRequest", "Le formulaire a expiré ou n'a pas pu être lu. Revenez à la page précédente, rechargez-la, puis recommencez.",
            "The form expired or could not be read. Go back to the previous page, reload it, then try again.");
    }
}
