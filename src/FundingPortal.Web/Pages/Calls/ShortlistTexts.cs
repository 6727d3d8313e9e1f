using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Calls;

/// <summary>The manager's shortlist of a two-stage call: who is invited to submit the full proposal.</summary>
public sealed class ShortlistTexts : TextSet
{
    public ShortlistTexts()
        : base("Shortlist")
    {
        Add("Title", "Présélection — {0}", "Shortlist — {0}");
        Add("Heading", "Présélection des pré-propositions", "Shortlist of the pre-proposals");
        Add("Explain", "Après la date limite des pré-propositions ({0}), invitez chaque consortium à déposer le dossier complet, ou non. Le consortium est prévenu avec votre retour ; un dossier non retenu s'arrête là.",
            "After the pre-proposal deadline ({0}), invite each consortium to submit the full proposal, or not. The consortium is told, with your feedback; a proposal not shortlisted stops there.");
        Add("StageOpen", "La date limite des pré-propositions n'est pas encore passée : les consortiums peuvent encore modifier leur pré-proposition.",
            "The pre-proposal deadline has not passed yet: consortia may still change their pre-proposals.");
        Add("Link", "Présélectionner les pré-propositions", "Shortlist the pre-proposals");
        Add("ToDecide", "À décider", "To decide");
        Add("Decided", "Décidés", "Decided");
        Add("None", "Aucune pré-proposition à décider.", "No pre-proposal to decide.");
        Add("NoneDecided", "Aucune décision pour l'instant.", "No decision yet.");
        Add("Lead", "Chef de file : {0}", "Lead partner: {0}");
        Add("Decision", "Décision pour {0}", "Decision for {0}");
        Add("Invite", "Inviter au dossier complet", "Invite to the full proposal");
        Add("DoNotInvite", "Ne pas retenir", "Do not shortlist");
        Add("Feedback", "Retour au consortium (obligatoire s'il n'est pas retenu)", "Feedback to the consortium (required when not shortlisted)");
        Add("Record", "Enregistrer la décision", "Record the decision");
        Add("ChooseDecision", "Choisissez : inviter au dossier complet, ou ne pas retenir.", "Choose: invite to the full proposal, or do not shortlist.");
        Add("ConfirmInvite", "Inviter {0} à déposer le dossier complet ?", "Invite {0} to submit the full proposal?");
        Add("ConfirmDecline", "Ne pas retenir {0} ?", "Not shortlist {0}?");
        Add("ConsequenceInvite", "Le consortium pourra compléter ses budgets détaillés et déposer le dossier complet avant le {0}.",
            "The consortium may complete its detailed budgets and submit the full proposal before {0}.");
        Add("ConsequenceDecline", "Le dossier s'arrête là : le consortium ne pourra ni le compléter ni le déposer.",
            "The proposal stops there: the consortium can neither complete nor submit it.");
        Add("ConsequenceTold", "Chaque membre du consortium est prévenu, dans le portail et par e-mail, avec votre retour.",
            "Every member of the consortium is told, in the portal and by e-mail, with your feedback.");
        Add("ConfirmButton", "Confirmer la décision", "Confirm the decision");
        Add("Recorded", "Décision enregistrée pour {0} : {1}.", "Decision recorded for {0}: {1}.");
    }
}
