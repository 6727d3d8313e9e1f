using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Legal;

/// <summary>The accessibility statement (<c>/accessibilite</c>), in the RGAA 4.1 model's order.</summary>
public sealed class AccessibilityTexts : TextSet
{
    public AccessibilityTexts()
        : base("Accessibility")
    {
        Add("Title", "Déclaration d'accessibilité", "Accessibility statement");
        Add("Commitment", "{0} s'engage à rendre son portail des projets accessible, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.",
            "{0} is committed to making its project portal accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005.");
        Add("Scope", "Cette déclaration d'accessibilité s'applique au portail des projets collaboratifs {0}.",
            "This accessibility statement applies to the collaborative project portal {0}.");

        Add("StatusHeading", "État de conformité", "Compliance status");
        Add("Status", "Le portail des projets est non conforme avec le RGAA 4.1 (référentiel général d'amélioration de l'accessibilité).",
            "The project portal is not compliant with RGAA 4.1 (the French accessibility standard, based on WCAG 2.1).");
        Add("StatusWhy", "Aucun audit de conformité n'a encore été réalisé par un organisme extérieur : sans audit, le modèle de déclaration impose ce statut, quels que soient les résultats de nos propres vérifications.",
            "No compliance audit has been carried out by an outside body yet: without an audit, the statement model requires this status, whatever the results of our own checks.");

        Add("ResultsHeading", "Résultats de nos propres vérifications", "Results of our own checks");
        Add("ResultsIntro", "À chaque modification du portail, une suite de tests automatisés l'ouvre dans un vrai navigateur et suit les parcours de chaque profil (porteur de projet, partenaire, gestionnaire du pôle, expert, financeur). Sur au moins {0} états de page de ces parcours, elle vérifie que :",
            "At every change to the portal, an automated test suite opens it in a real browser and follows the journeys of each persona (project lead, partner, cluster manager, expert, funder). On at least {0} page states of these journeys, it checks that:");
        Add("CheckLabels", "chaque champ de formulaire a une étiquette ;", "every form field has a label;");
        Add("CheckHeadings", "la page a un seul titre de niveau 1 et ne saute aucun niveau de titre ;", "the page has exactly one level-1 heading and skips no heading level;");
        Add("CheckIds", "aucun identifiant n'est utilisé deux fois ;", "no id is used twice;");
        Add("CheckNames", "chaque lien et chaque bouton a un intitulé ;", "every link and every button has a name;");
        Add("CheckMain", "la page a une zone de contenu principal ;", "the page has a main landmark;");
        Add("CheckAxe", "aucune règle des niveaux A et AA des WCAG 2.1 vérifiée par axe-core (le moteur de Deque Systems) n'est enfreinte ;",
            "no WCAG 2.1 level A or AA rule checked by axe-core (Deque Systems' engine) is broken;");
        Add("CheckScroll", "la page ne défile pas horizontalement, ni en 1280 ni en 375 pixels de large (les tableaux larges défilent à l'intérieur de leur cadre, atteignable au clavier) ;",
            "the page does not scroll sideways, at 1280 or at 375 pixels wide (wide tables scroll inside their frame, which the keyboard reaches);");
        Add("CheckTitle", "la page a un titre ;", "the page has a title;");
        Add("CheckKeyboard", "les actions clés (déposer un dossier, accepter une invitation…) s'atteignent au clavier seul, avec un focus visible ; le parcours de dépôt entier (connexion, budget, dépôt, accusé de réception) se fait sans souris.",
            "the key actions (submitting a dossier, accepting an invitation…) can be reached with the keyboard alone, with a visible focus; the whole submission journey (signing in, budget, submission, receipt) is done without a mouse.");
        Add("ResultsLegalPages", "Les quatre pages d'information (accessibilité, mentions légales, données personnelles, aide) passent les mêmes vérifications en 1280 et en 375 pixels de large.",
            "The four information pages (accessibility, legal notice, personal data, help) pass the same checks at 1280 and 375 pixels wide.");
        Add("ResultsLimit", "Ces vérifications ne couvrent qu'une partie des critères du RGAA : elles ne remplacent pas un audit.",
            "These checks cover only part of the RGAA criteria: they do not replace an audit.");
        Add("Documents", "Documents PDF : les accusés de réception, dossiers, synthèses d'évaluation, attestations de labellisation et notifications de financement sont produits en PDF balisé (PDF/UA-1) : titre, sections, paragraphes et tableaux avec leurs cellules d'en-tête, dans l'ordre de lecture, et la langue du document ; en-têtes et pieds de page sont ignorés par les lecteurs d'écran. La suite de tests relit ce balisage ; aucun validateur PDF/UA (veraPDF, PAC) n'a encore été passé.",
            "PDF documents: receipts, dossiers, evaluation summaries, label certificates and funding notices are produced as tagged PDF (PDF/UA-1): title, sections, paragraphs and tables with their header cells, in reading order, with the document's language; running headers and footers are skipped by screen readers. The test suite reads this tagging back; no PDF/UA validator (veraPDF, PAC) has been run yet.");

        Add("NonAccessibleHeading", "Contenus non accessibles", "Non-accessible content");
        Add("NonComplianceHeading", "Non-conformités connues", "Known non-compliance");
        Add("NarrowScreens", "Sur un écran de 375 pixels de large, les tableaux larges (financement d'un dossier, enveloppes des financeurs, invitations d'une organisation) se font défiler horizontalement à l'intérieur du tableau : la page ne défile plus, mais il faut faire glisser le tableau pour en lire les dernières colonnes.",
            "On a screen 375 pixels wide, wide tables (a proposal's funding, the funders' envelopes, an organisation's invitations) scroll sideways inside the table: the page no longer scrolls, but you slide the table to read its last columns.");
        Add("UntaggedDocuments", "Les documents PDF produits avant le 6 décembre 2026 ne sont pas balisés : ils sont conservés tels quels, car leur empreinte SHA-256 fait foi.",
            "PDF documents produced before 6 December 2026 are not tagged: they are kept as they were, because their SHA-256 fingerprint is the proof.");
        Add("NoScreenReader", "Le portail n'a pas encore été essayé avec un lecteur d'écran : des défauts que nos vérifications automatiques ne voient pas peuvent subsister.",
            "The portal has not been tried with a screen reader yet: defects that our automated checks cannot see may remain.");
        Add("DerogationsHeading", "Dérogations pour charge disproportionnée", "Exemptions for disproportionate burden");
        Add("ExemptHeading", "Contenus non soumis à l'obligation d'accessibilité", "Content not subject to the accessibility obligation");
        Add("None", "Aucun.", "None.");

        Add("EstablishedHeading", "Établissement de cette déclaration", "Preparation of this statement");
        Add("Established", "Cette déclaration a été établie le {0}.", "This statement was prepared on {0}.");
        Add("TechnologiesHeading", "Technologies utilisées", "Technologies used");
        Add("Technologies", "HTML, CSS, JavaScript (quelques améliorations, comme le compte à rebours avant la date limite), PDF pour les documents.",
            "HTML, CSS, JavaScript (a few enhancements, such as the countdown to the deadline), PDF for the documents.");
        Add("EnvironmentHeading", "Environnement de test", "Test environment");
        Add("Environment", "Navigateur Chromium (version de Debian) sous Linux, piloté par Playwright, en 1280 et 375 pixels de large. Aucun lecteur d'écran (NVDA, JAWS, VoiceOver, Orca) n'a encore été utilisé.",
            "Chromium browser (Debian's build) on Linux, driven by Playwright, at 1280 and 375 pixels wide. No screen reader (NVDA, JAWS, VoiceOver, Orca) has been used yet.");
        Add("PagesHeading", "Pages vérifiées", "Pages checked");
        Add("Pages", "L'accueil, la connexion et l'inscription, le compte, l'organisation et les invitations, chaque étape d'un dossier jusqu'au dépôt et à l'accusé de réception, l'évaluation par un expert, le classement, la labellisation, le cofinancement, le tableau de bord du pôle et les quatre pages d'information.",
            "The home page, sign-in and registration, the account, the organisation and invitations, every step of a dossier up to submission and the receipt, an expert's review, ranking, labelling, co-funding, the cluster's dashboard and the four information pages.");

        Add("FeedbackHeading", "Retour d'information et contact", "Feedback and contact");
        Add("Feedback", "Si vous n'arrivez pas à accéder à un contenu ou à un service du portail, contactez-nous : nous vous orienterons vers une alternative accessible ou vous fournirons le contenu sous une autre forme.",
            "If you cannot access some content or a service of the portal, contact us: we will direct you to an accessible alternative or provide the content in another form.");
        Add("Email", "Courriel", "E-mail");
        Add("PostalAddress", "Adresse postale", "Postal address");

        Add("RemediesHeading", "Voies de recours", "Remedies");
        Add("RemediesWhen", "Si vous nous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service du portail, et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez :",
            "If you reported an accessibility defect to us that prevents you from accessing some content or a service of the portal, and did not get a satisfactory answer, you can:");
        Add("RemedyForm", "écrire au Défenseur des droits avec son formulaire en ligne ;", "write to the Défenseur des droits (the French rights ombudsman) with its online form;");
        Add("RemedyDelegate", "contacter le délégué du Défenseur des droits dans votre région ;", "contact the Défenseur des droits' delegate in your region;");
        Add("RemedyPost", "envoyer un courrier par la poste, gratuitement et sans timbre :", "send a letter by post, free of charge and without a stamp:");
    }
}
