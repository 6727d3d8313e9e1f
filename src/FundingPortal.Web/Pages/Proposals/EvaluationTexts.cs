using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>A dossier's evaluation step: experts assigned, the aggregated scores and the labelling committee's decision.</summary>
public sealed class EvaluationTexts : TextSet
{
    public EvaluationTexts()
        : base("Evaluation")
    {
        Add("Title", "{0} — évaluation", "{0} — evaluation");
        Add("Step", "évaluation", "evaluation");
        Add("Assigned", "Experts affectés", "Experts assigned");
        Add("NoneAssigned", "Aucun expert n'est encore affecté. L'affectation automatique se lance pour tout l'appel depuis la page", "No expert is assigned yet. Automatic assignment runs for the whole call from the page");
        Add("RankingPage", "Classement et labellisation", "Ranking and labelling");
        Add("OrAssignBelow", ", ou affectez un expert ci-dessous.", ", or assign an expert below.");
        Add("AssignmentsOne", "{0} affectation", "{0} assignment");
        Add("AssignmentsMany", "{0} affectations", "{0} assignments");
        AddSame("Expert", "Expert");
        Add("State", "État", "State");
        Add("DueBy", "À rendre avant le", "Due by");
        AddSame("Action", "Action");
        Add("Manual", " (manuel)", " (manual)");
        Add("RemoveLabel", "Retirer l'affectation : {0}", "Remove the assignment of {0}");
        Add("Remove", "Retirer", "Remove");
        Add("AssignLabel", "Affecter un expert", "Assign an expert");
        Add("LoadOne", "{0} dossier", "{0} proposal");
        Add("LoadMany", "{0} dossiers", "{0} proposals");
        Add("OverlapOne", "{0} mot-clé en commun", "{0} keyword in common");
        Add("OverlapMany", "{0} mots-clés en commun", "{0} keywords in common");
        Add("ConflictBecause", " — indisponible, conflit d'intérêts : {0}", " — unavailable, conflict of interest: {0}");
        Add("Conflict_affiliated_with_partner", "rattachement à un partenaire du dossier", "affiliated with a partner of the proposal");
        Add("Conflict_same_corporate_group", "même groupe qu'un partenaire du dossier", "same corporate group as a partner of the proposal");
        Add("Conflict_declared_conflict", "conflit déclaré par l'expert", "conflict declared by the expert");
        Add("Conflict_excluded_by_applicants", "expert récusé par le consortium", "expert excluded by the consortium");
        Add("ConflictedHeading", "Experts de l'appel non affectables à ce dossier :", "Experts of the call who cannot be assigned to this proposal:");
        Add("NoEligibleOne", "Aucun expert de l'appel ne peut être affecté à ce dossier : le seul expert restant a un conflit d'intérêts (voir ci-dessous). Ajoutez un expert à l'appel depuis « Experts et financeurs ».",
            "No expert of the call can be assigned to this proposal: the only expert left has a conflict of interest (see below). Add an expert to the call from “Experts and funders”.");
        Add("NoEligibleMany", "Aucun expert de l'appel ne peut être affecté à ce dossier : les {0} experts restants ont un conflit d'intérêts (voir ci-dessous). Ajoutez un expert à l'appel depuis « Experts et financeurs ».",
            "No expert of the call can be assigned to this proposal: the {0} experts left have a conflict of interest (see below). Add an expert to the call from “Experts and funders”.");
        Add("ChooseExpert", "Choisissez un expert dans la liste.", "Choose an expert from the list.");
        Add("Assign", "Affecter", "Assign");
        Add("MyGrid", "Ma grille d'évaluation", "My review form");
        Add("Heading", "Évaluation", "Evaluation");
        Add("NoneYetOne", "Aucune évaluation rendue pour le moment ({0} attendue).", "No review submitted yet ({0} expected).");
        Add("NoneYetMany", "Aucune évaluation rendue pour le moment ({0} attendues).", "No review submitted yet ({0} expected).");
        Add("NoneExpected", "Aucune évaluation n'est attendue pour ce dossier.", "No review is expected for this proposal.");
        Add("SubmittedOne", "{0} évaluation rendue sur {1}.", "{0} review submitted out of {1}.");
        Add("SubmittedMany", "{0} évaluations rendues sur {1}.", "{0} reviews submitted out of {1}.");
        Add("Mean", "Moyenne pondérée : {0} sur {1} (seuil de labellisation {2})", "Weighted mean: {0} out of {1} (labelling threshold {2})");
        Add("ThresholdMet", " — le seuil est atteint.", " — the threshold is met.");
        Add("ThresholdNotMet", " — le seuil n'est pas atteint.", " — the threshold is not met.");
        Add("Disagreement", "Désaccord entre experts : leurs notes diffèrent de 2 points ou plus sur au moins un critère.",
            "Experts disagree: their scores differ by 2 points or more on at least one criterion.");
        Add("CommitteeDecision", "Décision du comité", "The committee's decision");
        Add("DecidedOn", "{0}, le {1}", "{0}, on {1}");
        Add("CertificateNumber", " — attestation de labellisation n° {0}", " — label certificate no. {0}");
        Add("VisibleAfterDecision", "L'évaluation sera visible ici après la décision du comité de labellisation.", "The evaluation will be shown here after the labelling committee's decision.");
        Add("VisibleAfterReviews", "L'évaluation sera visible ici dès que les experts auront rendu leurs notes.", "The evaluation will be shown here as soon as the experts have submitted their scores.");
        Add("DecisionTitle", "Décision du comité de labellisation", "The labelling committee's decision");
        Add("Decision", "Décision", "Decision");
        Add("Motivation", "Motivation (communiquée au consortium)", "Reasons (sent to the consortium)");
        Add("SaveDecision", "Enregistrer la décision", "Save the decision");
        Add("OutcomeRequired", "Décision : choisissez l'une des trois décisions du comité.", "Decision: choose one of the committee's three decisions.");
        Add("MotivationRequired", "Motivation : écrivez la motivation de la décision, qui sera communiquée au consortium.",
            "Reasons: write the reasons for the decision, which will be sent to the consortium.");
        Add("Confirm.Heading", "Enregistrer la décision « {0} » pour le dossier {1} ?", "Save the decision “{0}” for {1}?");
        Add("Confirm.Labelled", "Le dossier {0} est labellisé : une attestation de labellisation numérotée est émise.",
            "{0} is labelled: a numbered labelling certificate is issued.");
        Add("Confirm.Outcome", "Le dossier {0} reçoit la décision « {1} ».", "{0} receives the decision “{1}”.");
        Add("Confirm.Told", "Le consortium est prévenu de la décision, avec cette motivation : « {0} »", "The consortium is told of the decision, with these reasons: “{0}”");
        Add("Confirm.ThenFunding", "Le pôle peut ensuite envoyer les demandes de financement aux financeurs.", "The cluster may then send the funding requests to the funders.");
        Add("Confirm.Button", "Oui, enregistrer la décision « {0} »", "Yes, save the decision “{0}”");
        Add("ExpertAssigned", "Affectation enregistrée : {0}.", "Assignment saved: {0}.");
        Add("ExpertRemoved", "L'expert est retiré du dossier.", "The expert is removed from the proposal.");
        Add("Labelled", "Le projet est labellisé : attestation n° {0}.", "The project is labelled: certificate no. {0}.");
        Add("DecisionSaved", "La décision {0} est enregistrée.", "The decision {0} is saved.");
        Add("ScoresCaption", "Notes par critère", "Scores per criterion");
        Add("Criterion", "Critère", "Criterion");
        Add("Average", "Moyenne", "Mean");
        AddSame("Min", "Min.");
        AddSame("Max", "Max.");
        Add("You", " (vous)", " (you)");
        Add("DisagreementMark", " ⚠ désaccord", " ⚠ disagreement");
        Add("BelowMinimum", " (sous le minimum)", " (below the minimum)");
        Add("RecommendationOf", "{0} — recommandation : {1}", "{0} — recommendation: {1}");
        Add("CommentOn", "{0} :", "{0}:");
    }
}
