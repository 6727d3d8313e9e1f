using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>A dossier's budgets step: each partner's budget by category, the summary and the aid requested.</summary>
public sealed class BudgetTexts : TextSet
{
    public BudgetTexts()
        : base("Budget")
    {
        AddSame("Title", "{0} — budgets");
        AddSame("Step", "budgets");
        Add("Heading", "Budgets par partenaire", "Budgets per partner");
        Add("Intro", "Montants en euros hors taxes, par catégorie de dépenses. Les totaux, les parts et l'aide demandée sont calculés par le portail.",
            "Amounts in euros excluding tax, per category of costs. The portal works out the totals, the shares and the aid requested.");
        Add("LeadMark", " (chef de file)", " (lead partner)");
        AddSame("InEuros", "{0} (€)");
        Add("Error", "Erreur : ", "Error: ");
        Add("PartnerTotal", "Total : {0}", "Total: {0}");
        Add("ShareOfProject", " — {0} du budget du projet", " — {0} of the project's budget");
        Add("SaveLabel", "Enregistrer le budget : {0}", "Save the budget of {0}");
        Add("Summary", "Récapitulatif", "Summary");
        Add("SummaryCaption", "Budget du projet par partenaire et par catégorie", "Project budget per partner and per category");
        Add("Partner", "Partenaire", "Partner");
        AddSame("Total", "Total");
        Add("Share", "Part", "Share");
        Add("RequestedAid", "Aide demandée", "Aid requested");
        Add("AidCaption", "Aide par partenaire et par financeur (dépenses × taux de l'appel)", "Aid per partner and per funder (costs × the call's rates)");
        AddSame("TotalOf", "Total ({0})");
        Add("Next", "Étape suivante : pièces jointes", "Next step: attachments");
        AddSame("Personnel", "Personnel");
        Add("Overheads", "Frais généraux", "Overheads");
        Add("Subcontracting", "Sous-traitance", "Subcontracting");
        Add("Equipment", "Équipements", "Equipment");
        Add("OtherCosts", "Autres dépenses", "Other costs");
        Add("AmountExpected", "Saisissez un montant en euros, par exemple 450 000 ou 1250,50.", "Enter an amount in euros, for example 450,000 or 1250.50.");
        Add("NoBudgetYet", "Aucun budget n'est encore saisi : le récapitulatif apparaîtra dès qu'un partenaire aura enregistré le sien.",
            "No budget has been entered yet: the summary will appear as soon as a partner has saved theirs.");
        Add("SaveAll", "Enregistrer les budgets", "Save the budgets");
        Add("FieldError", "{0} — {1} : {2}", "{0} — {1}: {2}");
        Add("Saved", "Budgets enregistrés : {0}.", "Budgets saved: {0}.");
        Add("Separator", " ; ", "; ");
        Add("SavedOne", "{0} : {1}", "{0}: {1}");
        Add("TheOrganisation", "l'organisation", "the organisation");
    }
}
