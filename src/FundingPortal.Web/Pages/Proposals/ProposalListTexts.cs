using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>The list of dossiers: "Mes dossiers" for the consortium, every dossier with filters for the cluster's staff.</summary>
public sealed class ProposalListTexts : TextSet
{
    public ProposalListTexts()
        : base("ProposalList")
    {
        Add("AllTitle", "Dossiers", "Proposals");
        Add("MyTitle", "Mes dossiers", "My proposals");
        Add("Filter", "Filtrer les dossiers", "Filter the proposals");
        Add("Call", "Appel à projets", "Call for proposals");
        Add("AllCalls", "Tous les appels", "All calls");
        Add("Status", "Statut", "Status");
        Add("AllStatuses", "Tous les statuts", "All statuses");
        Add("FilterButton", "Filtrer", "Filter");
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
