using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.CoFunding;

/// <summary>The manager's co-funding page, the funder officer's requests page and the funders' envelope table they share.</summary>
public sealed class CoFundingTexts : TextSet
{
    public CoFundingTexts()
        : base("CoFunding")
    {
        Add("Title", "Cofinancement", "Co-funding");
        Add("NoCalls", "Aucun appel à projets pour le moment.", "No call for proposals yet.");
        Add("Envelopes", "Enveloppes des financeurs", "Funders' envelopes");
        Add("AidPerRegion", "Aide par région", "Aid per region");
        Add("RegionCaption", "Aide demandée et accordée selon la région des partenaires", "Aid requested and granted by the partners' region");
        Add("Region", "Région", "Region");
        Add("Requested", "Demandée", "Requested");
        Add("Granted", "Accordée", "Granted");
        Add("Labelled", "Projets labellisés", "Labelled projects");
        Add("NoneLabelled", "Aucun projet labellisé pour cet appel.", "No labelled project for this call.");
        Add("ProjectsOne", "{0} projet", "{0} project");
        Add("ProjectsMany", "{0} projets", "{0} projects");
        Add("Project", "Projet", "Project");
        Add("Call", "Appel", "Call");
        Add("Lead", "Chef de file", "Lead partner");
        Add("Status", "Statut", "Status");
        Add("RequestsTitle", "Demandes de financement", "Funding requests");
        Add("RequestsLead", "Les projets labellisés par le pôle qui sollicitent votre financement. Ouvrez un projet pour voir son plan de financement et enregistrer votre décision, partenaire par partenaire.",
            "The projects labelled by the cluster that request your funding. Open a project to see its funding plan and record your decision, partner by partner.");
        Add("NoRequests", "Aucune demande de financement pour le moment.", "No funding request yet.");
        Add("EnvelopesOf", "Enveloppes — {0}", "Envelopes — {0}");
    }
}
