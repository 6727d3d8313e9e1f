using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>
/// The list of dossiers: "Mes dossiers" for the consortium, every dossier with filters for the cluster's staff, and for
/// experts and funder officers the dossiers of their own work, with a link to it (never a button to start a dossier).
/// </summary>
public sealed class ProposalListTexts : TextSet
{
    public ProposalListTexts()
        : base("ProposalList")
    {
        Add("AllTitle", "Dossiers", "Proposals");
        Add("MyTitle", "Mes dossiers", "My proposals");
        Add("ExpertTitle", "Dossiers confiés pour évaluation", "Proposals given to me for review");
        Add("ExpertLead", "Vos invitations, vos grilles et leurs échéances sont dans", "Your invitations, your review forms and their due dates are in");
        Add("ExpertLink", "Mes évaluations", "My reviews");
        Add("FunderTitle", "Dossiers soumis à mon financeur", "Proposals submitted to my funder");
        Add("FunderLead", "Les demandes qui attendent votre décision, avec leurs échéances, sont dans", "The requests awaiting your decision, with their due dates, are in");
        Add("FunderLink", "Demandes de financement", "Funding requests");
        Add("NoneShared", "Aucun dossier ne vous est confié pour le moment.", "No proposal is shared with you yet.");
        Add("Search", "Rechercher (référence, acronyme, titre)", "Search (reference, acronym, title)");
        Add("Matching", " correspondant à « {0} »", " matching “{0}”");
        Add("Call", "Appel à projets", "Call for proposals");
        Add("AllCalls", "Tous les appels", "All calls");
        Add("Status", "Statut", "Status");
        Add("AllStatuses", "Tous les statuts", "All statuses");
        Add("Create", "Créer un dossier depuis un appel ouvert", "Start a proposal from an open call");
        Add("NoneMatch", "Aucun dossier ne correspond à ces critères.", "No proposal matches these criteria.");
        Add("NoneYet", "Vous n'avez pas encore de dossier. Choisissez un appel à projets ouvert pour en créer un.",
            "You have no proposal yet. Choose an open call for proposals to start one.");
        Add("CountOne", "{0} dossier", "{0} proposal");
        Add("CountMany", "{0} dossiers", "{0} proposals");
        Add("Reference", "Référence", "Reference");
        Add("Project", "Projet", "Project");
        Add("CallColumn", "Appel", "Call");
        Add("Lead", "Chef de file", "Lead partner");
        Add("LastSubmission", "Dernier dépôt", "Last submission");
        Add("SubmittedVersion", "version {0}, le {1}", "version {0}, on {1}");
        Add("NeverSubmitted", "jamais déposé", "never submitted");
    }
}
