using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Calls;

/// <summary>The calls for proposals: the list, a call's page (rules, funders, grid, starting a dossier) and the manager's form.</summary>
public sealed class CallTexts : TextSet
{
    public CallTexts()
        : base("Call")
    {
        Add("Calls", "Appels à projets", "Calls for proposals");
        Add("Create", "Créer un appel à projets", "Create a call for proposals");
        Add("ParisTime", "Les dates limites sont données à l'heure de Paris. Un dossier se dépose avant la date limite, à la minute près.",
            "Deadlines are given in Paris time. A proposal must be submitted before the deadline, to the minute.");
        Add("NonePublished", "Aucun appel à projets n'est publié pour le moment.", "No call for proposals is published yet.");
        Add("Search", "Rechercher (titre, programme)", "Search (title, programme)");
        Add("CountOne", "{0} appel à projets", "{0} call for proposals");
        Add("CountMany", "{0} appels à projets", "{0} calls for proposals");
        Add("Call", "Appel", "Call");
        AddSame("Programme", "Programme");
        Add("Status", "Statut", "Status");
        Add("Opening", "Ouverture", "Opening");
        Add("Deadline", "Date limite de dépôt", "Submission deadline");
        Add("ProgrammeIs", "Programme : {0}", "Programme: {0}");
        Add("Territory", "Territoire", "Territory");
        Add("ExpertsPerProposal", "Experts par dossier", "Experts per proposal");
        Add("Draft", "Cet appel est un brouillon : seule l'équipe du pôle le voit. Une fois publié, il ne peut plus être modifié.",
            "This call is a draft: only the cluster's staff see it. Once published, it can no longer be changed.");
        Add("Edit", "Modifier l'appel", "Edit the call");
        Add("Publish", "Publier l'appel", "Publish the call");
        Add("Confirm.Heading", "Publier l'appel « {0} » ?", "Publish the call “{0}”?");
        Add("Confirm.Visible", "L'appel devient visible de tous les porteurs de projet : dépôts du {0} au {1} (heure de Paris).",
            "The call becomes visible to every applicant: submissions from {0} to {1} (Paris time).");
        Add("Confirm.Funders", "Financeurs et enveloppes : {0}.", "Funders and envelopes: {0}.");
        AddSame("Confirm.FunderEnvelope", "{0} ({1})");
        Add("Confirm.Frozen", "Le calendrier, les règles d'éligibilité, la grille d'évaluation et les financeurs ne pourront plus être modifiés.",
            "The calendar, the eligibility rules, the evaluation grid and the funders can no longer be changed.");
        Add("Confirm.Button", "Oui, publier l'appel", "Yes, publish the call");
        Add("SeeProposals", "Voir les dossiers de cet appel", "See this call's proposals");
        Add("About", "Présentation", "About");
        Add("Calendar", "Calendrier (heure de Paris)", "Calendar (Paris time)");
        Add("Milestones", "Jalons de l'appel", "The call's milestones");
        Add("OpensAt", "Ouverture des dépôts", "Submissions open");
        Add("ReviewDeadline", "Fin de l'évaluation", "End of the review");
        Add("Committee", "Comité de labellisation", "Labelling committee");
        Add("FundingDecisions", "Décisions de financement", "Funding decisions");
        Add("CreateProposal", "Créer un dossier pour cet appel", "Start a proposal for this call");
        Add("CreateHint", "Votre organisation sera chef de file. Vous pourrez tout modifier jusqu'au dépôt.", "Your organisation will be the lead partner. You can change everything until you submit.");
        Add("CreateButton", "Créer le dossier", "Start the proposal");
        Add("NeedsOrganisation", "Pour déposer un dossier,", "To submit a proposal,");
        Add("LinkOrganisation", "rattachez d'abord votre compte à votre organisation", "first link your account to your organisation");
        Add("Rules", "Règles d'éligibilité", "Eligibility rules");
        Add("CompaniesOne", "Au moins {0} entreprise", "At least {0} company");
        Add("CompaniesMany", "Au moins {0} entreprises", "At least {0} companies");
        Add("ResearchOne", " et {0} organisme de recherche", " and {0} research organisation");
        Add("ResearchMany", " et {0} organismes de recherche", " and {0} research organisations");
        Add("SmeOrMidCapOne", ", dont {0} PME ou ETI", ", including {0} SME or mid-cap");
        Add("SmeOrMidCapMany", ", dont {0} PME ou ETI", ", including {0} SMEs or mid-caps");
        Add("MaxPartnersOne", "{0} partenaire au plus.", "{0} partner at most.");
        Add("MaxPartnersMany", "{0} partenaires au plus.", "{0} partners at most.");
        Add("LeadCompany", "Le chef de file est une entreprise.", "The lead partner is a company.");
        Add("MaxShare", "Un partenaire porte au plus {0} du budget total.", "A partner carries at most {0} of the total budget.");
        Add("BudgetRange", "Budget total entre {0} et {1}.", "Total budget between {0} and {1}.");
        Add("NoCeiling", "sans plafond", "no ceiling");
        Add("DurationRange", "Durée du projet entre {0} et {1} mois.", "Project duration between {0} and {1} months.");
        Add("AgreementRequired", "L'accord de consortium (PDF) est à joindre au dossier.", "The consortium agreement (PDF) must be attached to the proposal.");
        Add("Funders", "Financeurs et taux d'aide", "Funders and aid rates");
        Add("RatesCaption", "Taux appliqués aux dépenses éligibles de chaque partenaire, par catégorie", "Rates applied to each partner's eligible costs, by category");
        Add("Funder", "Financeur", "Funder");
        Add("Envelope", "Enveloppe", "Envelope");
        Add("RegionOnly", "Une Région ne finance que les partenaires situés sur son territoire.", "A Region funds only the partners located in its territory.");
        Add("Grid", "Grille d'évaluation", "Evaluation grid");
        Add("GridCaption", "Critères notés de 0 à {0} ; seuil de labellisation : {1} de moyenne pondérée", "Criteria scored from 0 to {0}; labelling threshold: a weighted mean of {1}");
        Add("Criterion", "Critère", "Criterion");
        Add("Weight", "Poids", "Weight");
        Add("MinScore", "Note minimale", "Minimum score");
        Add("Created", "Le dossier {0} est créé. Ajoutez maintenant vos partenaires.", "Proposal {0} is created. Now add your partners.");
        Add("PublishedOpen", "L'appel est publié et ouvert aux dépôts.", "The call is published and open for submissions.");
        Add("FormCreate", "Créer un appel à projets", "Create a call for proposals");
        Add("FormEdit", "Modifier l'appel à projets", "Edit the call for proposals");
        Add("TheCall", "L'appel", "The call");
        Add("Title", "Titre", "Title");
        Add("ProgrammeHint", "Par exemple « FUI-Régions » ou « i-Démo régionalisé BZH ».", "For example “FUI-Régions” or “i-Démo régionalisé BZH”.");
        Add("Description", "Présentation", "Description");
        Add("ClusterTerritory", "Territoire du pôle", "The cluster's territory");
        Add("CalendarParis", "Calendrier, à l'heure de Paris", "Calendar, in Paris time");
        Add("CalendarHint", "Saisissez l'heure de Paris : le portail gère seul l'heure d'été et l'heure d'hiver.", "Enter Paris time: the portal handles summer and winter time by itself.");
        Add("Error", "Erreur : ", "Error: ");
        Add("FundersLegend", "Financeurs", "Funders");
        Add("FundersHint", "Cochez les financeurs de l'appel ; les taux s'appliquent aux dépenses éligibles de chaque partenaire selon sa catégorie (en %).",
            "Tick the call's funders; the rates apply to each partner's eligible costs according to its category (in %).");
        Add("FunderIncluded", "Ce financeur participe à l'appel", "This funder takes part in the call");
        Add("EnvelopeEuros", "Enveloppe (€)", "Envelope (€)");
        Add("RateOf", "Taux {0} (%)", "Rate {0} (%)");
        Add("Advanced", "Règles d'éligibilité et évaluation (valeurs par défaut de type FUI)", "Eligibility rules and evaluation (FUI-like defaults)");
        Add("MinCompanies", "Entreprises au minimum", "Companies at least");
        Add("MinResearch", "Organismes de recherche au minimum", "Research organisations at least");
        Add("MinSmeOrMidCap", "PME ou ETI au minimum", "SMEs or mid-caps at least");
        Add("MaxPartnersField", "Partenaires au maximum (vide : sans limite)", "Partners at most (empty: no limit)");
        Add("MaxShareField", "Part maximale d'un partenaire dans le budget (%)", "A partner's largest share of the budget (%)");
        Add("MinBudgetField", "Budget total minimum (€, vide : aucun)", "Minimum total budget (€, empty: none)");
        Add("MaxBudgetField", "Budget total maximum (€, vide : aucun)", "Maximum total budget (€, empty: none)");
        Add("MinDurationField", "Durée minimale (mois)", "Minimum duration (months)");
        Add("MaxDurationField", "Durée maximale (mois)", "Maximum duration (months)");
        Add("LeadMustBeCompany", "Le chef de file doit être une entreprise", "The lead partner must be a company");
        Add("AgreementMandatory", "L'accord de consortium (PDF) est obligatoire", "The consortium agreement (PDF) is mandatory");
        Add("HideBudgets", "Masquer les budgets aux experts", "Hide the budgets from the experts");
        Add("FormGridCaption", "Notes de 0 à {0}, seuil de labellisation {1}", "Scores from 0 to {0}, labelling threshold {1}");
        Add("CreateDraft", "Créer l'appel en brouillon", "Create the call as a draft");
        Add("SaveChanges", "Enregistrer les modifications", "Save the changes");
        Add("Cancel", "Annuler", "Cancel");
        Add("OpensAtField", "Ouverture des dépôts", "Submissions open");
        Add("SubmissionDeadlineField", "Date limite de dépôt", "Submission deadline");
        Add("ReviewDeadlineField", "Fin de l'évaluation par les experts", "End of the experts' review");
        Add("CommitteeDateField", "Comité de labellisation", "Labelling committee");
        Add("FundingDecisionDeadlineField", "Date limite des décisions de financement", "Deadline for funding decisions");
        Add("TwoStageLegend", "Appel en deux étapes (facultatif)", "Two-stage call (optional)");
        Add("TwoStageHint", "Avec une date limite de pré-proposition, les consortiums déposent d'abord une pré-proposition légère (projet, partenaires, total estimé par partenaire) ; le pôle présélectionne, et seuls les consortiums invités déposent le dossier complet avant la date limite de dépôt. Laissez vide pour un appel en une étape.",
            "With a pre-proposal deadline, consortia first submit a light pre-proposal (project, partners, an estimated total per partner); the cluster shortlists, and only invited consortia submit the full proposal before the submission deadline. Leave empty for a one-stage call.");
        Add("PreProposalDeadlineField", "Date limite des pré-propositions", "Pre-proposal deadline");
        Add("PreProposalMaxPagesField", "Nombre de pages maximum de la pré-proposition (vide : aucun)", "Maximum pages of the pre-proposal (empty: none)");
        Add("PreProposalDeadline", "Date limite des pré-propositions", "Pre-proposal deadline");
        Add("PreProposalMaxPages", "Pré-proposition : {0} pages au plus", "Pre-proposal: {0} pages at most");
        Add("AmountExpected", "Saisissez un montant en euros, par exemple 2 000 000 ou 1500000,50.", "Enter an amount in euros, for example 2,000,000 or 1500000.50.");
        Add("RateExpected", "Saisissez un pourcentage entre 0 et 100, par exemple 22,5.", "Enter a percentage between 0 and 100, for example 22.5.");
        Add("ShareExpected", "Saisissez un pourcentage entre 1 et 100, par exemple 70.", "Enter a percentage between 1 and 100, for example 70.");
        Add("AlreadyPublished", "Cet appel est publié : il ne peut plus être modifié.", "This call is published: it can no longer be changed.");
        Add("CreatedDraft", "L'appel est créé en brouillon. Relisez-le, puis publiez-le.", "The call is created as a draft. Read it again, then publish it.");
        Add("ChangesSaved", "Les modifications de l'appel sont enregistrées.", "The call's changes are saved.");
        Add("PublishedLater", "L'appel est publié ; les dépôts ouvriront le {0}.", "The call is published; submissions will open on {0}.");
    }
}
