using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Clusters;

/// <summary>The clusters of the alliance: the administration page (list, create) and the cluster shown on call pages.</summary>
public sealed class ClustersTexts : TextSet
{
    public ClustersTexts()
        : base("Clusters")
    {
        Add("Title", "Pôles de l'alliance", "Clusters of the alliance");
        Add("Lead", "Chaque pôle a ses responsables et ses appels ; un responsable n'agit que sur les appels de son pôle. Les responsables du premier pôle administrent la plateforme et ajoutent les autres pôles.",
            "Each cluster has its managers and calls; a manager acts on their own cluster's calls only. The managers of the first cluster administer the platform and add the other clusters.");
        Add("CountOne", "{0} pôle", "{0} cluster");
        Add("CountMany", "{0} pôles", "{0} clusters");
        Add("Name", "Nom", "Name");
        Add("ShortName", "Sigle", "Short name");
        Add("ShortNameHint", "2 à 20 lettres, chiffres ou tirets, par exemple TES.", "2 to 20 letters, digits or dashes, for example TES.");
        Add("Regions", "Régions", "Regions");
        Add("First", "premier pôle, administre la plateforme", "first cluster, administers the platform");
        Add("CreateTitle", "Ajouter un pôle", "Add a cluster");
        Add("Create", "Ajouter le pôle", "Add the cluster");
        Add("Created", "Le pôle {0} est ajouté à l'alliance.", "The {0} cluster is added to the alliance.");
        Add("RegionsRequired", "Cochez au moins une région.", "Tick at least one region.");
        Add("OnlyFirst", "Seuls les responsables du premier pôle ajoutent des pôles.", "Only the managers of the first cluster add clusters.");
        Add("CallCluster", "Pôle", "Cluster");
        Add("CallClusterIs", "Pôle : {0}", "Cluster: {0}");
    }
}
