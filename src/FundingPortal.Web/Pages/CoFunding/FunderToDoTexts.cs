using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.CoFunding;

/// <summary>The funder officer's "to do" on <c>/financeur/demandes</c>: the requests awaiting their funder's decision.</summary>
public sealed class FunderToDoTexts : TextSet
{
    public FunderToDoTexts()
        : base("FunderToDo")
    {
        Add("Heading", "À traiter", "To do");
        Add("None", "Aucune demande n'attend votre décision.", "No request is awaiting your decision.");
        Add("CaptionOne", "{0} demande attend votre décision, la plus proche échéance d'abord", "{0} request awaits your decision, the soonest due first");
        Add("CaptionMany", "{0} demandes attendent votre décision, la plus proche échéance d'abord", "{0} requests await your decision, the soonest due first");
        Add("Project", "Dossier", "Proposal");
        Add("Call", "Appel", "Call");
        Add("RequestedAid", "Aide demandée", "Aid requested");
        Add("RequestedOn", "Demande reçue le", "Request received on");
        Add("DueBy", "Décision attendue avant le", "Decision due by");
        Add("Decide", "Décider", "Decide");
        Add("DecideLabel", "Décider du financement de {0}", "Decide on the funding of {0}");
        Add("AllHeading", "Tous les dossiers soumis à votre financeur", "Every proposal submitted to your funder");
    }
}
