using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using FundingPortal.Application.Common.Formatting;
using FundingPortal.Domain.Organisations;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace FundingPortal.Web.BrowserTests.Languages;

/// <summary>
/// Fails a page that is not wholly in its language: a catalogue key shown raw ("Dossier.Title", which is how a missing
/// text renders), a raw enum value ("NotFunded"), a "(s)" plural, a clock time in the other language's format, or words
/// that belong unmistakably to the other language. People's data (organisation names, titles, comments, typed in French
/// by French users) is no fault of the page: pass it in <c>allowed</c> (the demo's is allowed by default), or mark it up
/// with a <c>lang</c> attribute, as the language switch does ("Français" in an English page).
/// </summary>
public static partial class LanguageScan
{
    /// <summary>The cluster's name and the texts of the demo data set (src/FundingPortal.DemoData): names and data, not page text.</summary>
    public static IReadOnlyList<string> DemoData { get; } =
    [
        "Pôle Ouest", "Pays de la Loire", "Images & Réseaux", "TES — Transactions électroniques sécurisées", "EMC2 — Manufacturing",
        "Ondes Bretonnes SAS", "Normandie Télécom Industries", "Atlantique Logiciels", "Laboratoire Électronique & Télécom de Rennes",
        "Capsule Santé Connectée", "Bpifrance (État)", "Région Bretagne", "Région Normandie", "Région Pays de la Loire",
        "Dr Anne Le Bihan", "Dr Claire Fontaine", "Pr Bertrand Quéré",
        "Appel FUI-Régions — session d'automne (clos)", "Appel à projets collaboratifs — Grand-Ouest numérique", "FUI-Régions",
        "Projets collaboratifs de recherche et développement associant entreprises et laboratoires du territoire des pôles Images & Réseaux et TES.",
        "Capteurs connectés frugaux pour l'agriculture de précision", "Capteurs connectés pour la gestion du littoral",
        "Compression vidéo sobre en énergie", "Cybersécurité des infrastructures portuaires", "Jumeau numérique des phares et balises",
        "Prévision des marées et de l'érosion côtière par apprentissage", "Prévision des marées par apprentissage automatique pour les ports",
        "Réseaux 5G privés pour les ports de l'Ouest", "Surveillance acoustique des fonds marins", "Télésurveillance médicale en périphérie de réseau",
        "MARÉE-IA", "OCÉAN-5G", "SANTÉ-EDGE", "VIDÉO-ÉCO",
        "Le consortium réunit industriels et laboratoires du Grand-Ouest autour d'un démonstrateur à l'échelle réelle,",
        "avec un plan d'exploitation des résultats et des retombées d'emplois sur le territoire.",
        "Aide votée en comité d'engagement.", "Approche de sécurité portuaire très solide, démonstrateur crédible.",
        "Gains énergétiques mesurables, programme de travail réaliste.", "Idée originale, mais l'accès au marché hospitalier n'est pas démontré.",
        "Ingénieur radio au site de Caen, je prépare avec Sophie Duval le prochain dossier.",
        "Le comité relève un désaccord fort sur le caractère innovant et un accès au marché non démontré.",
        "Le modèle économique reste à construire.", "Marché bien identifié, consortium complémentaire.",
        "Projet hors des priorités de financement de cette session.",
        "Projet structurant pour la filière portuaire ; le comité recommande le cofinancement.",
        "cybersécurité", "numérique", "réseaux", "santé", "vidéo", "énergie", "océan", "marée",
        "i-Démo régionalisé BZH", "i-Démo",
        "Appel en deux étapes — Santé numérique", "i-Démo régionalisé", "Télésurveillance des patients à domicile par réseaux bas débit",
        "Aide au diagnostic en imagerie par apprentissage frugal", "Visualisation 3D des données de santé en réalité mixte",
        "Pré-proposition : le consortium présente l'idée, les partenaires et une estimation des coûts de chacun.",
        "Projet retenu : précisez au dossier complet le rôle du laboratoire et le plan d'accès au marché.",
        "Le marché visé sort de la feuille de route santé du pôle ; un prochain appel « industries créatives » s'y prêtera mieux.",
        "HOULE-NET", "PHARE-IA", "BRUME-3D",
        "Appel en deux étapes — Mobilités décarbonées", "Recharge intelligente des flottes électriques portuaires", "COURANT-EV", "Salle du conseil, Rennes",
    ];

    /// <summary>French regions keep their names in English ("Auvergne-Rhône-Alpes"): proper names, as the labels give them.</summary>
    public static IReadOnlyList<string> RegionNames { get; } = [.. Regions.Codes.Select(TextLabels.English.Region)];

    private sealed record Rule(string Name, Regex Pattern);

    // Both languages: the catalogue's missing-key marker (the key itself), "(s)" instead of a plural, raw enum values.
    private static readonly Rule[] Common =
    [
        new("untranslated key", KeyPattern()),
        new("\"(s)\" instead of a real plural", new Regex(@"\w\((?:s|e|es|x)\)", RegexOptions.CultureInvariant)),
        new("raw enum value", RawEnumPattern()),
    ];

    private static readonly Rule[] FrenchInEnglish =
    [
        new("French word", new Regex(
            @"\b(?:dossiers?|Enregistrer|Déposer|Annuler|Retour|Supprimer|Télécharger|Modifier|Valider|Connexion|Déconnexion|Mes|votre|vos|aucune?|avec|pour|les|des|du|est|sont|une|et|ou|sur|dans|Oui|heure|heures|jours?|Rechercher|Appels?|Évaluations?|Partenaires|Financements?|Organisations? porteuses?)\b",
            RegexOptions.CultureInvariant)),
        new("French phrase", new Regex(@" de la | de l'| d['’][A-Za-zÀ-ÿ]| l['’][A-Za-zÀ-ÿ]|\d h \d\d", RegexOptions.CultureInvariant)),
        new("French accented letter", new Regex(@"[éèêëàâùûçôîïœÉÈÊÀÇ]", RegexOptions.CultureInvariant)),
    ];

    private static readonly Rule[] EnglishInFrench =
    [
        new("English word", new Regex(
            @"\b(?:the|and|your|with|from|this|these|will|has been|have|of|to|Please|Save|Submit|Cancel|Delete|Download|Upload|Back|Sign in|Sign out|Search|Edit|Yes|No|proposals?|Proposals?|Calls?|calls? for|Reviews?|reviews?|Partners|Funding|Draft|Submitted|Published|Declined|Accepted|Pending|Granted|Funded|Invited|Closed|Reject|Defer|Approved|Rejected|Revoked|Loading|Required|Optional|none|None|Paris time|pm|am)\b",
            RegexOptions.CultureInvariant)),
        new("English clock time (French writes 18 h 00)", new Regex(@"(?<![\d:])\d{1,2}:\d{2}(?![\d:])", RegexOptions.CultureInvariant)),
    ];

    /// <summary>Scans what a person sees and hears on the page: visible text, the title and the labels of controls.</summary>
    public static async Task AssertLanguage(IPage page, string language, params string[] allowed)
    {
        var htmlLang = await page.EvaluateAsync<string>("() => document.documentElement.lang");
        var texts = await StepTimings.Measure("language scan, in page", () => page.EvaluateAsync<string[]>(VisibleTextScript, language));
        var problems = StepTimings.MeasureSync("language scan, rules", () => Problems(texts, language, allowed));
        if (htmlLang != language)
        {
            problems.Insert(0, $"<html lang=\"{htmlLang}\"> instead of \"{language}\"");
        }

        Assert.True(problems.Count == 0, $"{page.Url} ({language}): {string.Join("; ", problems)}");
    }

    /// <summary>Scans rendered HTML (a page fetched over HTTP): its text, title and labelling attributes.</summary>
    public static void AssertLanguage(string html, string language, params string[] allowed)
    {
        var problems = Problems(TextsOf(html, language), language, allowed);
        Assert.True(problems.Count == 0, $"({language}): {string.Join("; ", problems)}");
    }

    /// <summary>Each offending text with the rule it breaks; empty when the texts are all in the language.</summary>
    public static List<string> Problems(IEnumerable<string> texts, string language, params string[] allowed)
    {
        var rules = Common.Concat(language == "en" ? FrenchInEnglish : EnglishInFrench).ToArray();
        var exempt = DemoData.Concat(RegionNames).Concat(allowed).Where(a => !string.IsNullOrWhiteSpace(a)).OrderByDescending(a => a.Length).ToArray();
        var problems = new List<string>();
        foreach (var raw in texts)
        {
            var text = Normalise(raw);
            foreach (var data in exempt)
            {
                text = text.Replace(Normalise(data), " ¶ ", StringComparison.Ordinal);
            }

            foreach (var rule in rules)
            {
                var match = rule.Pattern.Match(text);
                if (match.Success)
                {
                    problems.Add($"{rule.Name} \"{match.Value.Trim()}\" in \"{Excerpt(raw)}\"");
                }
            }
        }

        return problems.Distinct().ToList();
    }

    private static string Normalise(string text) => WhitespacePattern().Replace(text.Replace('\u00A0', ' ').Replace('\u202F', ' '), " ").Trim();

    private static string Excerpt(string text)
    {
        var clean = Normalise(text);
        return clean.Length <= 160 ? clean : clean[..157] + "…";
    }

    // Text nodes of rendered elements, one per element, minus scripts, form values and anything marked as another language.
    private const string VisibleTextScript = """
        (language) => {
          const texts = [document.title];
          const skipped = el => el.closest('script, style, noscript, template, textarea') ||
            (el.closest('[lang]') && el.closest('[lang]').getAttribute('lang') !== language);
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!el || !node.textContent.trim() || skipped(el)) continue;
            if (el.checkVisibility && !el.checkVisibility()) continue;
            texts.push(el.innerText || node.textContent);
          }
          for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], input[type=submit], input[type=button]')) {
            if (skipped(el)) continue;
            for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
              if (el.getAttribute(name)) texts.push(el.getAttribute(name));
            }
            if (el.matches('input[type=submit], input[type=button]') && el.value) texts.push(el.value);
          }
          return [...new Set(texts)];
        }
        """;

    internal static IEnumerable<string> TextsOf(string html, string language)
    {
        var body = NonTextPattern().Replace(html, " ");
        body = OtherLanguagePattern().Replace(body, m => m.Groups["lang"].Value == language ? m.Value : " ");
        var title = TitlePattern().Match(html);
        if (title.Success)
        {
            yield return WebUtility.HtmlDecode(title.Groups[1].Value);
        }

        foreach (Match attribute in AttributePattern().Matches(body))
        {
            yield return WebUtility.HtmlDecode(attribute.Groups["value"].Value);
        }

        var bodyStart = body.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        foreach (var text in TagPattern().Split(bodyStart >= 0 ? body[bodyStart..] : body))
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return WebUtility.HtmlDecode(text);
            }
        }
    }

    // The enum members a page could print raw and no one would write: "NotFunded", "ConflictOfInterest", "MidCap".
    private static Regex RawEnumPattern()
    {
        var names = typeof(OrganisationCategory).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name))
            .Where(n => n.Count(char.IsUpper) >= 2)
            .Distinct()
            .OrderByDescending(n => n.Length);
        return new Regex(@"\b(?:" + string.Join('|', names.Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+\.[A-Z][A-Za-z0-9]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"<(script|style|noscript|template|textarea|head)\b.*?</\1\s*>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex NonTextPattern();

    [GeneratedRegex(@"<(?<tag>(?!html\b)[a-z0-9]+)\b[^>]*\slang=""(?<lang>[^""]*)""[^>]*>.*?</\k<tag>\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex OtherLanguagePattern();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"\s(?:aria-label|title|placeholder|alt)=""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();
}
