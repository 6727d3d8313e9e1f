using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Reviews;

/// <summary>The expert's review form (<c>/expert/affectations/{id}</c>).</summary>
public sealed class ReviewTexts : TextSet
{
    public ReviewTexts()
        : base("Review")
    {
        Add("Title", "Évaluation de {0}", "Review of {0}");
        Add("MyReviews", "Mes évaluations", "My reviews");
        Add("DueBefore", "à rendre avant le", "due before");
        Add("ReadDossier", "Lire le dossier", "Read the proposal");
        Add("Sent", "Votre évaluation est envoyée : elle ne peut plus être modifiée.", "Your review is sent: it can no longer be changed.");
        Add("SentOn", "Votre évaluation est envoyée (le {0}) : elle ne peut plus être modifiée.", "Your review was sent (on {0}): it can no longer be changed.");
        Add("Criterion", "{0} (poids {1}, note minimale {2})", "{0} (weight {1}, minimum score {2})");
        Add("ScoreOutOf", "Note sur {0}", "Score out of {0}");
        Add("NotScored", "Non notée", "Not scored");
        Add("CommentOn", "Commentaire sur « {0} »", "Comment on “{0}”");
        Add("Overall", "Avis général", "Overall opinion");
        Add("Recommendation", "Recommandation au comité", "Recommendation to the committee");
        Add("SaveDraft", "Enregistrer le brouillon", "Save the draft");
        Add("Send", "Envoyer mon évaluation", "Send my review");
        Add("SendHint", "Une fois envoyée, l'évaluation ne peut plus être modifiée. Vous verrez alors les évaluations des autres experts.",
            "Once sent, the review can no longer be changed. You will then see the other experts' reviews.");
        Add("Reviews", "Évaluations de ce dossier", "Reviews of this proposal");
        Add("ReviewsReturned", "Évaluations rendues : {0} sur {1}.", "Reviews returned: {0} of {1}.");
        Add("WeightedMean", "Moyenne pondérée : {0} sur {1} (seuil {2}).", "Weighted mean: {0} out of {1} (threshold {2}).");
        Add("Disagreement", "Désaccord entre experts signalé.", "Experts disagree.");
        Add("MissingScore", "Note manquante : {0}.", "Missing score: {0}.");
        Add("ChooseRecommendation", "Choisissez une recommandation.", "Choose a recommendation.");
        Add("SentThanks", "Votre évaluation est envoyée. Merci !", "Your review is sent. Thank you!");
        Add("DraftSaved", "Votre brouillon est enregistré.", "Your draft is saved.");
        Add("Confirm.Heading", "Envoyer votre évaluation du dossier {0} ?", "Send your review of {0}?");
        Add("Confirm.Scores", "Note pondérée : {0} sur {1} ; recommandation : « {2} ».", "Weighted score: {0} out of {1}; recommendation: “{2}”.");
        Add("Confirm.Counts", "Le pôle la reçoit aussitôt : elle compte dans la note du dossier et dans le classement, et vous ne pourrez plus la modifier.",
            "The cluster receives it at once: it counts in the proposal's score and in the ranking, and you can no longer change it.");
        Add("Confirm.DraftKept", "Votre brouillon est enregistré : « Annuler » le garde sans l'envoyer.", "Your draft is saved: “Cancel” keeps it without sending it.");
        Add("Confirm.Button", "Oui, envoyer mon évaluation", "Yes, send my review");
    }
}
