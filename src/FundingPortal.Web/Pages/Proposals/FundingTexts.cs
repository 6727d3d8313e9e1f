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
        Add("Error", "Erreur : ", "Error: ");
        Add("AmountRequired", "Montant accordé à {0} : saisissez un montant en euros, par exemple 450 000 (0 si rien n'est accordé à ce partenaire).",
            "Amount granted to {0}: enter an amount in euros, for example 450,000 (0 if this partner is granted nothing).");
        Add("DecisionRequired", "Décision de {0} : choisissez d'accorder l'aide ou de la refuser.", "Decision of {0}: choose to grant the aid or to decline it.");
        Add("Confirm.RequestHeading", "Envoyer les demandes de financement du dossier {0} ?", "Send the funding requests of {0}?");
        Add("Confirm.RequestOf", "{0} reçoit une demande de {1} ; ses chargés de financement sont prévenus.", "{0} receives a request for {1}; its funding officers are told.");
        Add("Confirm.RequestStatus", "Le dossier passe au statut « {0} » : le plan de financement envoyé ne change plus.",
            "The proposal moves to “{0}”: the funding plan sent no longer changes.");
        Add("Confirm.RequestButton", "Oui, envoyer les demandes", "Yes, send the requests");
        Add("Confirm.DecisionHeading", "Enregistrer la décision de {0} pour le dossier {1} ?", "Save the decision of {0} for {1}?");
        Add("Confirm.Grants", "{0} accorde {1} au total, pour {2} demandés :", "{0} grants {1} in total, of {2} requested:");
        Add("Confirm.GrantLine", "{0} : {1} accordés sur {2} demandés ({3}) ;", "{0}: {1} granted of {2} requested ({3});");
        Add("Confirm.Declines", "{0} refuse l'aide demandée ({1}).", "{0} declines the aid requested ({1}).");
        Add("Confirm.Told", "Le pôle voit la décision aussitôt ; le consortium est prévenu dès que tous les financeurs ont décidé.",
            "The cluster sees the decision at once; the consortium is told as soon as every funder has decided.");
        Add("Confirm.DecisionButton", "Oui, enregistrer la décision : {0}", "Yes, save the decision of {0}");
        Add("DecisionSaved", "Décision enregistrée pour {0} : {1} accordés.", "Decision saved for {0}: {1} granted.");
    }
}
