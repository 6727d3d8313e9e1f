using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Application.Reporting.ExportCall;

/// <summary>The call export's headers and words (CSV and XLSX).</summary>
public sealed class ExportTexts : TextSet
{
    public ExportTexts()
        : base("Export")
    {
        Add("Reference", "Référence", "Reference");
        Add("Acronym", "Acronyme", "Acronym");
        Add("Status", "Statut", "Status");
        Add("StatusCode", "Code statut", "Status code");
        Add("Stage", "Étape", "Stage");
        Add("StageCode", "Code étape", "Stage code");
        Add("StagePreProposal", "Pré-proposition", "Pre-proposal");
        Add("StageFull", "Dossier complet", "Full proposal");
        Add("Partner", "Partenaire", "Partner");
        Add("Category", "Catégorie", "Category");
        Add("CategoryCode", "Code catégorie", "Category code");
        Add("Region", "Région", "Region");
        Add("RegionCode", "Code région", "Region code");
        Add("Lead", "Chef de file", "Lead partner");
        Add("EligibleCosts", "Coûts éligibles", "Eligible costs");
        Add("Requested", "Aide demandée — {0}", "Aid requested — {0}");
        Add("Granted", "Aide accordée — {0}", "Aid granted — {0}");
        Add("RequestedTotal", "Aide demandée totale", "Total aid requested");
        Add("GrantedTotal", "Aide accordée totale", "Total aid granted");
        Add("Score", "Note pondérée", "Weighted score");
        Add("Decision", "Décision de labellisation", "Labelling decision");
        Add("DecisionCode", "Code décision", "Decision code");
        Add("Yes", "Oui", "Yes");
        Add("No", "Non", "No");
    }
}
