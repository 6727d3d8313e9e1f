using FundingPortal.Application.Common;
using FundingPortal.Application.Notifications;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Reminders;

public static class ReminderTexts
{
    public static NotificationText DraftDeadline(string acronym, string reference, string callTitle, LocalInstant deadline, DateTimeOffset now) => new(
        $"Rappel : dossier {acronym} à déposer",
        $"Le dossier {acronym} (référence {reference}) n'a pas encore été déposé. La date limite de dépôt de l'appel « {callTitle} » "
        + $"est fixée au {FrenchFormat.DateTime(deadline)} (heure de Paris), soit dans {FrenchFormat.Remaining(deadline.Utc - now)}. "
        + "Passé ce délai, le dossier ne pourra plus être déposé.");

    public static NotificationText ReviewDue(PendingReview review, DateTimeOffset now) => review.ReviewDeadline.Utc > now
        ? new(
            $"Rappel : évaluation du dossier {review.ProposalAcronym}",
            $"Votre évaluation du dossier {review.ProposalAcronym} (référence {review.ProposalReference}, appel « {review.CallTitle} ») "
            + $"est attendue avant le {FrenchFormat.DateTime(review.ReviewDeadline)}, soit dans {FrenchFormat.Remaining(review.ReviewDeadline.Utc - now)}.")
        : new(
            $"Évaluation en retard : dossier {review.ProposalAcronym}",
            $"L'évaluation du dossier {review.ProposalAcronym} (référence {review.ProposalReference}, appel « {review.CallTitle} ») "
            + $"était attendue le {FrenchFormat.DateTime(review.ReviewDeadline)}. Merci de la transmettre dès que possible.");

    public static NotificationText FundingDecisionDue(PendingFundingDecision decision, DateTimeOffset now) => new(
        $"Rappel : décision de financement pour le dossier {decision.ProposalAcronym}",
        $"La décision de financement du dossier {decision.ProposalAcronym} (référence {decision.ProposalReference}, appel « {decision.CallTitle} ») "
        + $"est attendue avant le {FrenchFormat.DateTime(decision.DecisionDeadline)}, soit dans {FrenchFormat.Remaining(decision.DecisionDeadline.Utc - now)}.");
}
