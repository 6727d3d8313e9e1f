using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>Carrying a deferred or not-labelled dossier over to a later call, and the links between the two dossiers.</summary>
public sealed class CarryOverTexts : TextSet
{
    public CarryOverTexts()
        : base("CarryOver")
    {
        Add("Title", "{0} — reporter sur un autre appel", "{0} — carry over to another call");
        Add("Step", "report sur un autre appel", "carry-over to another call");
        Add("Heading", "Reporter le dossier sur un autre appel", "Carry the dossier over to another call");
        Add("Explain", "Le dossier n'a pas été labellisé dans cet appel. Vous pouvez le retravailler pour un appel ouvert : un nouveau brouillon y est créé avec le projet, les partenaires, leurs budgets et les pièces jointes, sans rien ressaisir ni redéposer. Ce dossier-ci reste tel quel, avec son historique ; les deux dossiers renvoient l'un à l'autre.",
            "The dossier was not labelled in this call. You may rework it for an open call: a new draft is created there with the project, the partners, their budgets and the attachments, with nothing to type or upload again. This dossier stays as it is, with its history; the two dossiers link to each other.");
        Add("Call", "Appel ouvert", "Open call");
        Add("CallHint", "Le nouveau brouillon devra être déposé avant la date limite de cet appel.", "The new draft must be submitted before this call's deadline.");
        Add("Deadline", "{0} — date limite : {1}", "{0} — deadline: {1}");
        Add("Submit", "Créer le brouillon dans cet appel", "Create the draft in this call");
        Add("NoOpenCall", "Aucun autre appel n'est ouvert pour le moment : revenez quand le prochain appel sera publié.", "No other call is open for now: come back when the next call is published.");
        Add("ChooseCall", "Choisissez l'appel sur lequel reporter le dossier.", "Choose the call to carry the dossier over to.");
        Add("Done", "Le dossier est reporté : voici son nouveau brouillon. Vérifiez-le, complétez-le, puis déposez-le avant la date limite.",
            "The dossier is carried over: here is its new draft. Check it, complete it, then submit it before the deadline.");
        Add("Offer", "Ce dossier n'a pas été labellisé : vous pouvez le retravailler pour un prochain appel.", "This dossier was not labelled: you may rework it for a later call.");
        Add("OfferLink", "Reporter le dossier sur un autre appel", "Carry the dossier over to another call");
        Add("CarriedFrom", "Ce dossier reprend un dossier non labellisé d'un appel précédent.", "This dossier takes up a dossier not labelled in an earlier call.");
        Add("CarriedFromLink", "Voir le dossier d'origine", "See the original dossier");
        Add("CarriedTo", "Ce dossier a été reporté sur un autre appel.", "This dossier was carried over to another call.");
        Add("CarriedToLink", "Voir le nouveau dossier", "See the new dossier");
    }
}
