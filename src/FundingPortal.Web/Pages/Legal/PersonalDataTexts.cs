using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Legal;

/// <summary>The personal data page (<c>/donnees-personnelles</c>): the GDPR's information, the retention periods and the cookies.</summary>
public sealed class PersonalDataTexts : TextSet
{
    public PersonalDataTexts()
        : base("PersonalData")
    {
        Add("Title", "Données personnelles", "Personal data");
        Add("Lead", "Ce que le portail fait de vos données, combien de temps il les garde, qui les voit, et comment exercer vos droits (règlement général sur la protection des données, RGPD).",
            "What the portal does with your data, how long it keeps it, who sees it, and how to exercise your rights (General Data Protection Regulation, GDPR).");

        Add("ControllerHeading", "Responsable du traitement", "Data controller");
        Add("Controller", "Responsable du traitement", "Controller");
        Add("Dpo", "Délégué à la protection des données", "Data protection officer");

        Add("PurposesHeading", "Pourquoi nous traitons vos données", "Why we process your data");
        Add("PurposeCalls", "Instruire les appels à projets : comptes et organisations, dossiers et partenaires, budgets et pièces jointes, dépôts et accusés de réception.",
            "Running the calls for projects: accounts and organisations, dossiers and partners, budgets and attachments, submissions and receipts.");
        Add("PurposeReview", "Évaluer les dossiers : affectation des experts, contrôle des conflits d'intérêts (déclarés par l'expert ou détectés par le portail), évaluations et classement.",
            "Reviewing the dossiers: assigning experts, checking conflicts of interest (declared by the expert or detected by the portal), reviews and ranking.");
        Add("PurposeDecisions", "Labelliser et cofinancer : décisions du comité de labellisation, demandes et décisions des financeurs, partenaire par partenaire.",
            "Labelling and co-funding: the labelling committee's decisions, the funders' requests and decisions, partner by partner.");
        Add("PurposeSecurity", "Protéger les comptes : mot de passe, vérification en deux étapes, sessions, journal d'audit de chaque dossier.",
            "Protecting the accounts: password, two-step verification, sessions, each dossier's audit trail.");
        Add("PurposeNotifications", "Vous informer : notifications dans le portail et par courriel, rappels avant les échéances, messages entre le consortium et le pôle.",
            "Keeping you informed: notifications in the portal and by e-mail, reminders before deadlines, messages between the consortium and the cluster.");

        Add("BasesHeading", "Ce qui nous y autorise", "Our legal grounds");
        Add("BasePublicInterest", "Une mission d'intérêt public (article 6, paragraphe 1, point e du RGPD) : le pôle instruit, évalue et labellise les projets qu'il présente aux financeurs publics.",
            "A task carried out in the public interest (GDPR article 6(1)(e)): the cluster screens, reviews and labels the projects it presents to public funders.");
        Add("BaseContract", "Votre demande (article 6, paragraphe 1, point b) : vous créez un compte et déposez un dossier pour obtenir un label et une aide ; nous traitons ce qu'il faut pour y répondre.",
            "Your request (GDPR article 6(1)(b)): you create an account and submit a dossier to obtain a label and funding; we process what is needed to answer it.");
        Add("BaseLegal", "Une obligation légale (article 6, paragraphe 1, point c) : la conservation des journaux de connexion.",
            "A legal obligation (GDPR article 6(1)(c)): keeping the connection logs.");

        Add("CategoriesHeading", "Les données traitées", "The data we process");
        Add("CategoryIdentity", "Identité et coordonnées professionnelles : nom, adresse e-mail, organisation, rôle.",
            "Identity and work contact details: name, e-mail address, organisation, role.");
        Add("CategoryDossier", "Contenu des dossiers : projet, partenaires, budgets, pièces jointes (qui peuvent contenir des CV).",
            "Dossier contents: project, partners, budgets, attachments (which may contain CVs).");
        Add("CategoryReview", "Évaluations des experts et leurs déclarations de conflit d'intérêts ; décisions de labellisation et de financement.",
            "The experts' reviews and their conflict-of-interest declarations; labelling and funding decisions.");
        Add("CategoryMessages", "Messages, notifications et préférences (langue, fréquence des courriels).",
            "Messages, notifications and preferences (language, e-mail frequency).");
        Add("CategorySecurity", "Données de sécurité : empreinte du mot de passe, secret de la vérification en deux étapes, codes de secours, sessions, journal d'audit (qui a fait quoi, et quand).",
            "Security data: password hash, two-step verification secret, recovery codes, sessions, audit trail (who did what, and when).");

        Add("RecipientsHeading", "Qui voit vos données", "Who sees your data");
        Add("RecipientManagers", "Les gestionnaires du pôle : tous les dossiers des appels qu'ils organisent.",
            "The cluster's managers: every dossier of the calls they run.");
        Add("RecipientPartners", "Les membres des organisations partenaires d'un dossier : ce dossier.",
            "The members of a dossier's partner organisations: that dossier.");
        Add("RecipientExperts", "Les experts : uniquement les dossiers qui leur sont affectés, et jamais un dossier pour lequel ils ont un conflit d'intérêts.",
            "The experts: only the dossiers assigned to them, and never a dossier where they have a conflict of interest.");
        Add("RecipientFunders", "Les agents des financeurs : les dossiers dont le cofinancement est demandé à leur financeur.",
            "The funders' officers: the dossiers whose co-funding their funder is asked for.");
        Add("RecipientHost", "L'hébergeur, qui stocke les données sans les utiliser.", "The host, which stores the data without using it.");

        Add("RetentionHeading", "Combien de temps nous les gardons", "How long we keep it");
        Add("RetentionFunded", "Dossiers cofinancés : {0} ans après la décision de financement.", "Co-funded dossiers: {0} years after the funding decision.");
        Add("RetentionOther", "Autres dossiers clos (non labellisés, non financés, irrecevables, retirés, non retenus en présélection) : {0} ans après la dernière décision ou le retrait.",
            "Other closed dossiers (not labelled, not funded, ineligible, withdrawn, not shortlisted): {0} years after the last decision or the withdrawal.");
        Add("RetentionAccounts", "Comptes sans activité : {0} ans après la dernière connexion.", "Inactive accounts: {0} years after the last sign-in.");
        Add("RetentionLogs", "Journaux de connexion : un an, durée que la loi pour la confiance dans l'économie numérique (LCEN) impose aux hébergeurs.",
            "Connection logs: one year, as French law (LCEN) requires of hosts.");
        Add("RetentionShort", "Les liens envoyés par courriel expirent d'eux-mêmes (une heure pour changer de mot de passe, 48 heures pour confirmer une adresse), et une session web se termine après 8 heures sans activité.",
            "Links sent by e-mail expire by themselves (one hour to change a password, 48 hours to confirm an address), and a web session ends after 8 hours without activity.");
        Add("AnonymisationHeading", "Anonymisation à l'échéance", "Anonymisation when the period is over");
        Add("AnonymisationJob", "Chaque nuit à 3 h 00, une tâche automatique applique ces durées ; un gestionnaire du pôle peut aussi la lancer. Elle ne refait jamais deux fois le même travail. Les durées ci-dessus sont des réglages du portail, que chaque pôle fixe.",
            "Every night at 3:00 am, an automatic job applies these periods; a cluster manager can also start it. It never does the same work twice. The periods above are settings of the portal, which each cluster sets.");
        Add("AnonymisationPerson", "Une personne devient « Personne anonymisée n°… » : son adresse e-mail est remplacée par une adresse inutilisable, son mot de passe, sa vérification en deux étapes, ses sessions, ses jetons d'API et son abonnement de calendrier sont supprimés ; elle ne peut plus se connecter.",
            "A person becomes \"Personne anonymisée n°…\" (anonymised person no. …): their e-mail address is replaced by an unusable one, their password, two-step verification, sessions, API tokens and calendar subscription are deleted; they can no longer sign in.");
        Add("AnonymisationExpert", "Un expert perd son nom, ses mots-clés et ses affiliations ; ses déclarations de conflit d'intérêts gardent l'organisation ou le dossier concerné, pas leur motif.",
            "An expert loses their name, keywords and affiliations; their declared conflicts of interest keep the organisation or dossier concerned, not the reason.");
        Add("AnonymisationDossier", "Un dossier perd les textes de ses messages et le nom de leurs auteurs, les adresses de ses invitations, les commentaires des experts, les noms et les fichiers de ses pièces jointes (qui deviennent « piece-jointe-1.pdf »…), et les fichiers PDF émis (accusés de réception, dossier, attestations).",
            "A dossier loses the text of its messages and their authors' names, the addresses of its invitations, the experts' comments, the names and files of its attachments (which become \"piece-jointe-1.pdf\"…), and the PDF files issued (receipts, dossier, certificates).");
        Add("AnonymisationKept", "Restent les faits : références, organisations, montants, notes et décisions, dates, et l'empreinte (SHA-256) de chaque pièce et de chaque document émis : la page « Vérifier un document » dit toujours ce qui a été émis, et quand.",
            "The facts remain: references, organisations, amounts, scores and decisions, dates, and the fingerprint (SHA-256) of each attachment and each document issued: the \"Verify a document\" page still says what was issued, and when.");
        Add("AuditException", "Le journal d'audit de chaque dossier est chaîné (chaque entrée contient l'empreinte de la précédente) pour prouver que rien n'a été modifié. Il ne contient pas les données personnelles elles-mêmes, seulement leur empreinte salée : l'anonymisation efface la donnée et le sel, et la chaîne reste vérifiable. Les entrées écrites avant cette règle gardent leur contenu, conservé au titre de la preuve (article 17, paragraphe 3, point e du RGPD).",
            "Each dossier's audit log is chained (every entry holds the fingerprint of the previous one) to prove that nothing was changed. It does not hold the personal data itself, only its salted fingerprint: anonymisation erases the data and the salt, and the chain can still be verified. Entries written before this rule keep their content, kept as evidence (article 17(3)(e) of the GDPR).");
        Add("RetentionProof", "Jusqu'à la fin de sa durée de conservation, une version déposée et son accusé de réception ne sont jamais modifiés : ils prouvent ce qui a été déposé, et quand. Les documents émis portent un code de vérification et, si le pôle a configuré un certificat, sa signature électronique.",
            "Until the end of its retention period, a submitted version and its receipt are never changed: they prove what was submitted, and when. The documents issued carry a verification code and, if the cluster has configured a certificate, its electronic signature.");

        Add("RightsHeading", "Vos droits", "Your rights");
        Add("Rights", "Vous pouvez accéder à vos données, les faire rectifier ou effacer, en faire limiter le traitement, vous opposer à un traitement fondé sur l'intérêt public, et recevoir les données que vous avez fournies dans un format ouvert (portabilité).",
            "You can access your data, have it corrected or erased, have its processing restricted, object to processing based on the public interest, and receive the data you provided in an open format (portability).");
        Add("RightsHow", "Pour les exercer, écrivez au délégué à la protection des données (coordonnées ci-dessus), en précisant l'adresse e-mail de votre compte. Nous répondons dans un délai d'un mois.",
            "To exercise them, write to the data protection officer (contact above), giving your account's e-mail address. We answer within one month.");
        Add("RightsExport", "Vous pouvez télécharger à tout moment tout ce que le portail conserve sur vous, dans un fichier JSON :",
            "You can download at any time everything the portal holds about you, as a JSON file:");
        Add("RightsExportLink", "« Mon compte », « Télécharger mes données »", "\"My account\", \"Download my data\"");
        Add("RightsSelf", "Vous pouvez déjà changer vous-même votre langue et vos préférences de notification dans « Mon compte ».",
            "You can already change your language and notification preferences yourself in \"My account\".");
        Add("RightsLimit", "Un dépôt ou une décision de financement ne peut pas être effacé avant la fin de sa durée de conservation, car il sert de preuve ; il est alors anonymisé.",
            "A submission or a funding decision cannot be erased before the end of its retention period, because it serves as proof; it is then anonymised.");
        Add("Complaint", "Si, après nous avoir contactés, vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL :",
            "If, after contacting us, you believe your rights are not respected, you can lodge a complaint with the CNIL (the French data protection authority):");

        AddSame("CookiesHeading", "Cookies");
        Add("CookiesIntro", "Le portail ne dépose que des cookies strictement nécessaires à son fonctionnement : aucune mesure d'audience, aucun cookie de tiers, aucune publicité. Ces cookies sont dispensés de consentement (article 82 de la loi Informatique et Libertés) : c'est pourquoi aucun bandeau ne vous le demande.",
            "The portal only sets cookies that are strictly necessary for it to work: no audience measurement, no third-party cookie, no advertising. These cookies are exempt from consent (article 82 of the French Data Protection Act): that is why no banner asks for it.");
        Add("CookiesPrefix", "Quand le portail est servi en HTTPS, les cookies de connexion et de sécurité des formulaires portent le préfixe __Host-.",
            "When the portal is served over HTTPS, the sign-in and form-security cookies carry the __Host- prefix.");
        Add("CookieName", "Nom", "Name");
        Add("CookiePurpose", "Rôle", "Purpose");
        Add("CookieLifetime", "Durée", "Lifetime");
        Add("CookieAuth", "Vous garde connecté.", "Keeps you signed in.");
        Add("CookieAuthLifetime", "8 heures sans activité, ou jusqu'à la déconnexion", "8 hours without activity, or until you sign out");
        Add("CookieAntiforgery", "Protège les formulaires contre les envois depuis un autre site.", "Protects forms against submissions from another site.");
        Add("BrowserSession", "Jusqu'à la fermeture du navigateur", "Until the browser is closed");
        Add("CookieLanguage", "Retient la langue choisie avec le sélecteur « Français / English ».", "Remembers the language chosen with the \"Français / English\" switch.");
        Add("OneYear", "Un an", "One year");
        Add("CookieTempData", "Transmet un message de confirmation (« Votre brouillon est enregistré. ») à la page suivante.",
            "Carries a confirmation message (\"Your draft is saved.\") to the next page.");
        Add("UntilRead", "Supprimé dès que le message est affiché", "Deleted as soon as the message is shown");
        Add("CookieTwoFactor", "Relie le mot de passe saisi au code de vérification en deux étapes qui suit.", "Links the password you typed to the two-step verification code that follows.");
        Add("CookieExternal", "Pendant une connexion par ProConnect (ou un autre fournisseur d'identité), garde l'identité reçue le temps de la relier à votre compte.",
            "During a sign-in with ProConnect (or another identity provider), holds the identity received while it is linked to your account.");
        AddSame("FiveMinutes", "5 minutes");
        Add("CookieOidc", "Protègent l'aller-retour vers le fournisseur d'identité (seulement si la connexion par ProConnect est activée).",
            "Protect the round trip to the identity provider (only when sign-in with ProConnect is enabled).");
        Add("AtMostOneHour", "Une heure au plus", "One hour at most");
    }
}
