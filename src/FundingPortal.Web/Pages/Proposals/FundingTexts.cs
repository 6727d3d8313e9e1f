using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>A dossier's funding step: the aid plan, the requests sent to funders and each funder's decision.</summary>
public sealed class FundingTexts : TextSet
{
    public FundingTexts()
        : base("Funding")
    {
        Add("Title", "{0} — financement", "{0} — funding");
        Add("Step", "financement", "funding");
        Add("Plan", "Plan de financement", "Funding plan");
        Add("PlanOnVersion", "Aide demandée calculée sur la version {0} déposée : dépenses éligibles × taux de chaque financeur.",
            "Aid requested worked out on submitted version {0}: eligible costs × each funder's rate.");
        Add("PlanOnDraft", "Aide demandée calculée sur le brouillon actuel : dépenses éligibles × taux de chaque financeur.",
            "Aid requested worked out on the current draft: eligible costs × each funder's rate.");
        Add("PlanCaption", "Aide demandée par partenaire et par financeur", "Aid requested per partner and per funder");
        Add("Partner", "Partenaire", "Partner");
        Add("EligibleCosts", "Dépenses éligibles", "Eligible costs");
        AddSame("Total", "Total");
        Add("LeadMark", " (chef de file)", " (lead partner)");
        Add("SendRequests", "Envoyer les demandes de financement aux financeurs", "Send the funding requests to the funders");
        Add("Decisions", "Décisions des financeurs", "Funders' decisions");
        Add("RequestedAndGranted", "Aide demandée : {0} — aide accordée : {1}", "Aid requested: {0} — aid granted: {1}");
        Add("RequestsSentOn", " — demandes envoyées le {0}", " — requests sent on {0}");
        Add("FunderCaption", "Demandé : {0} — accordé : {1}", "Requested: {0} — granted: {1}");
        Add("Requested", "Demandé", "Requested");
        Add("Granted", "Accordé", "Granted");
        AddSame("Instrument", "Instrument");
        Add("DecisionOf", "Décision : {0}", "Decision of {0}");
        Add("Grant", "Accorder l'aide (montants ci-dessous)", "Grant the aid (amounts below)");
        Add("Decline", "Refuser", "Decline");
        Add("LineLegend", "{0} — demandé : {1}", "{0} — requested: {1}");
        Add("GrantedAmount", "Montant accordé (€)", "Amount granted (€)");
        Add("Comment", "Commentaire", "Comment");
        Add("SaveDecision", "Enregistrer la décision : {0}", "Save the decision of {0}");
        Add("LabelledNotRequested", "Le projet est labellisé : les demandes de financement n'ont pas encore été envoyées aux financeurs.",
            "The project is labelled: the funding requests have not been sent to the funders yet.");
        Add("AfterLabelling", "Le financement est demandé aux financeurs une fois le projet labellisé.", "Funding is requested from the funders once the project is labelled.");
        Add("RequestsSent", "Les demandes de financement sont envoyées aux financeurs.", "The funding requests are sent to the funders.");
        Add("NotAnAmount", "{0} n'est pas un montant en euros.", "{0} is not an amount in euros.");
        Add("DecisionSaved", "Décision enregistrée pour {0} : {1} accordés.", "Decision saved for {0}: {1} granted.");
    }
}
