using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Legal;

/// <summary>The help page (<c>/aide</c>): how a call works for each persona, and the questions people ask.</summary>
public sealed class HelpTexts : TextSet
{
    public HelpTexts()
        : base("Help")
    {
        Add("Title", "Aide", "Help");
        Add("Lead", "Comment se déroule un appel à projets, pour chacun de ses acteurs, et les réponses aux questions fréquentes.",
            "How a call for projects runs, for each of its actors, and the answers to frequent questions.");

        Add("ApplicantHeading", "Vous portez un projet", "You lead a project");
        Add("StepAccount", "Créez votre compte, puis confirmez votre adresse avec le lien reçu par courriel (valable 48 heures).",
            "Create your account, then confirm your address with the link sent by e-mail (valid for 48 hours).");
        Add("StepOrganisation", "Rattachez votre compte à votre entreprise ou à votre laboratoire (« Mon organisation ») : créez-la avec son numéro SIREN, ou demandez à la rejoindre si elle existe déjà.",
            "Link your account to your company or laboratory (\"My organisation\"): create it with its SIREN number, or ask to join it if it already exists.");
        Add("StepDossier", "Créez le dossier depuis un appel ouvert : votre organisation en est le chef de file.",
            "Create the dossier from an open call: your organisation is its lead partner.");
        Add("StepPartners", "Invitez vos partenaires par e-mail (étape « Partenaires ») : chacun rejoint le consortium en acceptant l'invitation, même sans compte au départ.",
            "Invite your partners by e-mail (\"Partners\" step): each one joins the consortium by accepting the invitation, even without an account at first.");
        Add("StepBudgets", "Chaque partenaire renseigne son budget (étape « Budgets ») ; le portail calcule l'aide demandée et vérifie les règles de l'appel.",
            "Each partner enters its budget (\"Budgets\" step); the portal computes the aid requested and checks the call's rules.");
        Add("StepAttachments", "Ajoutez les pièces jointes demandées par l'appel.", "Add the attachments the call asks for.");
        Add("StepSubmit", "Déposez le dossier avant la date limite, à la seconde près : pour un appel qui ferme le 19 octobre à 18 h 00 (heure de Paris), un dépôt reçu à 17 h 59 min 59 s est accepté, un dépôt reçu à 18 h 00 min 00 s est refusé. Le panneau « Pourquoi ne puis-je pas déposer ? » dit ce qui manque encore.",
            "Submit the dossier before the deadline, to the second: for a call closing on 19 October at 6:00 pm (Paris time), a submission received at 5:59:59 pm is accepted, one received at 6:00:00 pm is refused. The \"Why can't I submit?\" panel says what is still missing.");
        Add("StepReceipt", "Téléchargez l'accusé de réception (PDF), qui atteste la date et le contenu de votre dépôt.",
            "Download the acknowledgement of receipt (PDF), which certifies the date and content of your submission.");
        Add("StepScreening", "Après la clôture, le pôle vérifie la recevabilité de chaque dossier.", "After the call closes, the cluster checks that each dossier is eligible.");
        Add("StepReview", "Des experts sans conflit d'intérêts évaluent le dossier selon la grille de l'appel.", "Experts without a conflict of interest review the dossier against the call's grid.");
        Add("StepLabelling", "Le comité de labellisation classe les dossiers et décide du label ; l'attestation de labellisation est un PDF.",
            "The labelling committee ranks the dossiers and decides on the label; the label certificate is a PDF.");
        Add("StepCoFunding", "Les financeurs (l'État, les Régions) décident du cofinancement partenaire par partenaire ; chaque décision vous est notifiée.",
            "The funders (the State, the Regions) decide on co-funding partner by partner; you are told of each decision.");

        Add("ExpertHeading", "Vous êtes expert", "You are an expert");
        Add("ExpertAssignments", "Le pôle vous affecte des dossiers : vous les trouvez dans « Mes évaluations ».", "The cluster assigns dossiers to you: you find them in \"My reviews\".");
        Add("ExpertConflict", "Si vous avez un conflit d'intérêts avec un dossier, déclarez-le : le dossier vous est retiré et réaffecté.",
            "If you have a conflict of interest with a dossier, declare it: the dossier is withdrawn from you and reassigned.");
        Add("ExpertReview", "Notez chaque critère de la grille, enregistrez un brouillon si besoin, puis envoyez votre évaluation avant la date limite d'évaluation.",
            "Score each criterion of the grid, save a draft if needed, then send your review before the review deadline.");

        Add("FunderHeading", "Vous représentez un financeur", "You represent a funder");
        Add("FunderRequests", "« Demandes de financement » liste les dossiers labellisés dont le cofinancement est demandé à votre financeur.",
            "\"Funding requests\" lists the labelled dossiers whose co-funding is asked of your funder.");
        Add("FunderDecide", "Décidez pour chaque partenaire : le montant accordé et l'instrument, ou un refus. Le consortium en est informé, avec une notification de financement en PDF.",
            "Decide for each partner: the amount granted and the instrument, or a refusal. The consortium is told, with a funding notice as a PDF.");

        Add("ManagerHeading", "Vous gérez les appels du pôle", "You run the cluster's calls");
        Add("ManagerCall", "Créez l'appel (dates, financeurs, grille d'évaluation), relisez-le, puis publiez-le.", "Create the call (dates, funders, review grid), check it, then publish it.");
        Add("ManagerAfter", "Après la clôture : recevabilité, affectation des experts (automatique ou manuelle, jamais en conflit d'intérêts), classement, labellisation, demandes de cofinancement ; le tableau de bord suit l'ensemble.",
            "After the call closes: eligibility, expert assignment (automatic or manual, never with a conflict of interest), ranking, labelling, co-funding requests; the dashboard follows it all.");

        Add("FaqHeading", "Questions fréquentes", "Frequently asked questions");
        Add("FaqTwiceQ", "Que se passe-t-il si je dépose deux fois ?", "What happens if I submit twice?");
        Add("FaqTwiceA", "Chaque dépôt crée une nouvelle version du dossier, avec son propre accusé de réception. Seule la dernière version déposée avant la date limite est prise en compte ; les précédentes restent visibles dans l'étape « Versions ».",
            "Each submission creates a new version of the dossier, with its own acknowledgement of receipt. Only the last version submitted before the deadline counts; the earlier ones stay visible in the \"Versions\" step.");
        Add("FaqReceiptQ", "Que prouve l'accusé de réception ?", "What does the acknowledgement of receipt prove?");
        Add("FaqReceiptA", "Il atteste que le portail a reçu telle version de votre dossier à telle heure, à la seconde près (heure de Paris et heure UTC du serveur), et son contenu : l'empreinte SHA-256 de la version et celle de chaque pièce jointe. Le moindre changement du contenu changerait ces empreintes.",
            "It certifies that the portal received a given version of your dossier at a given time, to the second (Paris time and the server's UTC time), and its content: the SHA-256 fingerprint of the version and of each attachment. The slightest change to the content would change these fingerprints.");
        Add("FaqWhoQ", "Qui voit mon dossier ?", "Who sees my dossier?");
        Add("FaqWhoA", "Les membres des organisations du consortium, les gestionnaires du pôle, les experts à qui il est affecté (jamais un expert en conflit d'intérêts) et, une fois le dossier labellisé, les financeurs à qui son cofinancement est demandé. Le détail est dans la page « Données personnelles ».",
            "The members of the consortium's organisations, the cluster's managers, the experts it is assigned to (never an expert with a conflict of interest) and, once the dossier is labelled, the funders asked to co-fund it. The details are on the \"Personal data\" page.");
        Add("FaqInviteQ", "Comment inviter un partenaire ?", "How do I invite a partner?");
        Add("FaqInviteA", "Dans l'étape « Partenaires » du dossier, choisissez « Inviter un partenaire par e-mail ». L'invitation est valable 14 jours ; la personne invitée peut créer son compte depuis le courriel, et son organisation ne rejoint le consortium que si elle accepte. Vous pouvez retirer une invitation en attente.",
            "In the dossier's \"Partners\" step, choose \"Invite a partner by e-mail\". The invitation is valid for 14 days; the invited person can create their account from the e-mail, and their organisation joins the consortium only if they accept. You can withdraw a pending invitation.");
        Add("FaqPasswordQ", "J'ai oublié mon mot de passe.", "I forgot my password.");
        Add("FaqPasswordA", "Sur la page de connexion, choisissez « Mot de passe oublié ? ». Le lien reçu par courriel est valable une heure et ne sert qu'une fois ; une fois le mot de passe changé, toutes vos sessions ouvertes sont fermées.",
            "On the sign-in page, choose \"Forgot your password?\". The link sent by e-mail is valid for one hour and works once; once the password is changed, all your open sessions are closed.");
        Add("FaqLanguageQ", "Comment changer de langue ?", "How do I change the language?");
        Add("FaqLanguageA", "Choisissez « Français » ou « English » en haut de chaque page. Une fois la session ouverte, votre choix est enregistré dans votre compte et vos courriels le suivent ; vous pouvez aussi le changer dans « Mon compte », « Paramètres de notification ».",
            "Choose \"Français\" or \"English\" at the top of any page. Once signed in, your choice is saved in your account and your e-mails follow it; you can also change it in \"My account\", \"Notification settings\".");
        Add("FaqConflictQ", "Comment sont traités les conflits d'intérêts des experts ?", "How are experts' conflicts of interest handled?");
        Add("FaqConflictA", "Un expert est en conflit avec un dossier s'il est ou a été, dans les trois dernières années, rattaché à une organisation partenaire ou à son groupe, s'il a déclaré un conflit, ou si le consortium l'a récusé. Le portail ne lui affecte alors jamais ce dossier, et le dossier n'existe pas pour lui : il n'en voit rien.",
            "An expert has a conflict with a dossier if they are, or were in the last three years, affiliated with a partner organisation or its group, if they declared a conflict, or if the consortium excluded them. The portal then never assigns them that dossier, and the dossier does not exist for them: they see nothing of it.");
        Add("FaqFundersQ", "Comment les financeurs décident-ils ?", "How do funders decide?");
        Add("FaqFundersA", "Chaque financeur sollicité décide pour chacun des partenaires qu'il finance : montant accordé et instrument, ou refus, dans la limite de son enveloppe. Vous êtes prévenu de chaque décision, l'étape « Financement » du dossier les montre toutes, et la notification de financement est un PDF.",
            "Each funder asked decides for each partner it funds: amount granted and instrument, or refusal, within its budget envelope. You are told of each decision, the dossier's \"Funding\" step shows them all, and the funding notice is a PDF.");
    }
}
