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
        Add("PublishedLater", "L'appel est publié ; les dépôts ouvriront le {0}.", "The call is published; submissions will open on {0}.");
    }
}
