using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Reviews;

/// <summary>The expert's list of assignments (<c>/expert/affectations</c>): accept, decline, review, declare a conflict of interest.</summary>
public sealed class AssignmentTexts : TextSet
{
    public AssignmentTexts()
        : base("Assignments")
    {
        Add("Title", "Mes évaluations", "My reviews");
        Add("Lead", "Les dossiers qui vous sont confiés. Acceptez ou déclinez chaque dossier, puis rendez votre évaluation avant la date indiquée (heure de Paris).",
            "The proposals given to you. Accept or decline each one, then submit your review before the date shown (Paris time).");
        Add("Search", "Rechercher (référence, acronyme, titre)", "Search (reference, acronym, title)");
        Add("None", "Aucun dossier ne vous est confié pour le moment.", "No proposal is given to you yet.");
        Add("CountOne", "{0} dossier", "{0} proposal");
        Add("CountMany", "{0} dossiers", "{0} proposals");
        Add("Proposal", "Dossier", "Proposal");
        Add("State", "État", "State");
        Add("DueBy", "À rendre avant le", "Due by");
        AddSame("Actions", "Actions");
        Add("AcceptLabel", "Accepter le dossier {0}", "Accept proposal {0}");
        Add("Accept", "Accepter", "Accept");
        Add("DeclineSummary", "Décliner {0}", "Decline {0}");
        Add("Reason", "Motif", "Reason");
        Add("Comment", "Commentaire (facultatif)", "Comment (optional)");
        Add("DeclineButton", "Décliner ce dossier", "Decline this proposal");
        Add("SeeMine", "Voir mon évaluation", "See my review");
        Add("Review", "Évaluer", "Review");
        Add("TheProposal", " le dossier {0}", " proposal {0}");
        Add("ConflictTitle", "Déclarer un conflit d'intérêts", "Declare a conflict of interest");
        Add("ConflictHint", "Si vous êtes lié à une organisation ou à un dossier, déclarez-le : vous ne recevrez plus ses dossiers, et les affectations en cours sont déclinées.",
            "If you have a link with an organisation or a proposal, declare it: you will no longer be given its proposals, and the current assignments are declined.");
        Add("ConflictProposal", "Dossier concerné", "Proposal concerned");
        Add("Choose", "Choisissez…", "Choose…");
        Add("ConflictReason", "Nature du lien", "Nature of the link");
        Add("Declare", "Déclarer le conflit", "Declare the conflict");
        Add("Accepted", "Vous avez accepté le dossier {0}.", "You accepted proposal {0}.");
        Add("Declined", "Vous avez décliné le dossier {0} ; il sera confié à un autre expert.", "You declined proposal {0}; it will be given to another expert.");
        Add("ConflictSaved", "Votre conflit d'intérêts est enregistré.", "Your conflict of interest is recorded.");
        Add("ConflictSavedOne", "Votre conflit d'intérêts est enregistré ; {0} affectation est déclinée.", "Your conflict of interest is recorded; {0} assignment is declined.");
        Add("ConflictSavedMany", "Votre conflit d'intérêts est enregistré ; {0} affectations sont déclinées.", "Your conflict of interest is recorded; {0} assignments are declined.");
        Add("Confirm.Heading", "Refuser l'évaluation du dossier {0} ?", "Decline the review of {0}?");
        Add("Confirm.Reason", "Motif : {0}.", "Reason: {0}.");
        Add("Confirm.Told", "Le pôle est prévenu et confie le dossier à un autre expert ; vous ne pourrez plus l'évaluer.",
            "The cluster is told and gives the proposal to another expert; you will no longer be able to review it.");
        Add("Confirm.Button", "Oui, refuser l'évaluation", "Yes, decline the review");
    }
}
