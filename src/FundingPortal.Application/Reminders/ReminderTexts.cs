using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Notifications;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Reminders;

public static class ReminderTexts
{
    // These texts are written in French.
    private static readonly TextFormat Format = TextFormat.French;

    public static NotificationText DraftDeadline(string acronym, string reference, string callTitle, LocalInstant deadline, DateTimeOffset now) => new(
        $"Rappel : dossier {acronym} à déposer",
        $"Le dossier {acronym} (référence {reference}) n'a pas encore été déposé. La date limite de dépôt de l'appel « {callTitle} » "
        + $"est fixée au {Format.DateTimeWithWeekday(deadline)} (heure de Paris), soit dans {Format.Remaining(deadline.Utc - now, RemainingStyle.Rounded)}. "
        + "Passé ce délai, le dossier ne pourra plus être déposé.");

    public static NotificationText ReviewDue(PendingReview review, DateTimeOffset now) => review.ReviewDeadline.Utc > now
        ? new(
            $"Rappel : évaluation du dossier {review.ProposalAcronym}",
            $"Votre évaluation du dossier {review.ProposalAcronym} (référence {review.ProposalReference}, appel « {review.CallTitle} ») "
            + $"est attendue avant le {Format.DateTimeWithWeekday(review.ReviewDeadline)}, soit dans {Format.Remaining(review.ReviewDeadline.Utc - now, RemainingStyle.Rounded)}.")
        : new(
            $"Évaluation en retard : dossier {review.ProposalAcronym}",
            $"L'évaluation du dossier {review.ProposalAcronym} (référence {review.ProposalReference}, appel « {review.CallTitle} ») "
            + $"était attendue le {Format.DateTimeWithWeekday(review.ReviewDeadline)}. Merci de la transmettre dès que possible.");

    public static NotificationText FundingDecisionDue(PendingFundingDecision decision, DateTimeOffset now) => new(
        $"Rappel : décision de financement pour le dossier {decision.ProposalAcronym}",
        $"La décision de financement du dossier {decision.ProposalAcronym} (référence {decision.ProposalReference}, appel « {decision.CallTitle} ») "
        + $"est attendue avant le {Format.DateTimeWithWeekday(decision.DecisionDeadline)}, soit dans {Format.Remaining(decision.DecisionDeadline.Utc - now, RemainingStyle.Rounded)}.");
}
