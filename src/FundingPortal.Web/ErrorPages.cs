using System.Net;
using Microsoft.AspNetCore.Http;

namespace FundingPortal.Web;

/// <summary>What the host tells the error pages about a refused request.</summary>
public static class WebErrorPages
{
    /// <summary>Set (to the field's name) when a form or address held control characters: the 400 page says so.</summary>
    public const string InvalidCharactersItem = "fp.invalid-characters";
}

/// <summary>
/// Pages answered with an empty 400, 403, 404 or 429 (unknown address, dossier not visible, expired form, too many sign-in
/// attempts) get a French page
/// with the site's look instead of the bare status text the API keeps.
/// </summary>
internal static class ErrorPages
{
    private static string TooManyAttempts(string retryAfter) =>
        int.TryParse(retryAfter, out var seconds) && seconds > 0
            ? $"Trop de tentatives depuis votre connexion. Par sécurité, patientez {Wait(seconds)} avant de réessayer."
            : "Trop de tentatives depuis votre connexion. Par sécurité, patientez une minute avant de réessayer.";

    private static string Wait(int seconds) => seconds switch
    {
        1 => "une seconde",
        < 60 => $"{seconds} secondes",
        < 120 => "une minute",
        _ => $"{(seconds + 59) / 60} minutes",
    };

    public static async Task WriteIfEmpty(HttpContext context)
    {
        var response = context.Response;
        if (response.HasStarted || response.ContentLength > 0 || response.ContentType is not null
            || context.Request.Path.StartsWithSegments("/api") || response.StatusCode is not (400 or 403 or 404 or 429))
        {
            return;
        }

        var (title, text) = response.StatusCode switch
        {
            400 when context.Items.ContainsKey(WebErrorPages.InvalidCharactersItem) => ("Caractères non autorisés",
                "Un champ du formulaire (ou l'adresse de la page) contient un caractère de contrôle invisible, souvent copié depuis un autre logiciel. "
                + "Revenez à la page précédente, retapez le texte de ce champ sans le copier-coller, puis recommencez."),
            404 => ("Page introuvable", "Cette page n'existe pas, ou vous n'y avez pas accès avec ce compte."),
            403 => ("Accès refusé", "Votre compte n'a pas accès à cette page."),
            429 => ("Trop de tentatives", TooManyAttempts(response.Headers.RetryAfter.ToString())),
            _ => ("Demande incomplète", "Le formulaire a expiré ou n'a pas pu être lu. Revenez à la page précédente, rechargez-la, puis recommencez."),
        };
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)} — Portail des projets du Pôle Ouest</title><link rel="stylesheet" href="{WebSetup.AssetsPath}/site.css"></head>
            <body>
            <header class="site-header"><div class="container header-row"><a class="brand" href="/"><span class="brand-name">Pôle Ouest</span><span class="brand-tagline">Portail des projets collaboratifs</span></a></div></header>
            <main id="contenu"><div class="container"><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(text)}</p><p><a href="/">Revenir à l'accueil</a></p></div></main>
            </body>
            </html>
            """);
    }
}
