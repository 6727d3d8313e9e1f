using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Notifications;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Reminders;

/// <summary>The deadline reminders in French and English; the recipient's setting picks one when the notification is written.</summary>
public static class ReminderTexts
{
    public static BilingualText DraftDeadline(string acronym, string reference, string callTitle, LocalInstant deadline, DateTimeOffset now) =>
        BilingualText.From(language =>
        {
            var format = TextFormat.For(language);
            var left = format.Remaining(deadline.Utc - now, RemainingStyle.Rounded);
            return language == Languages.English
                ? new(
                    $"Reminder: proposal {acronym} to submit",
                    $"The proposal {acronym} (reference {reference}) has not been submitted yet. The submission deadline of the call “{callTitle}” "
                    + $"is {format.DateTimeWithWeekday(deadline)} (Paris time), in {left}. "
                    + "After that, the proposal can no longer be submitted.")
                : new(
                    $"Rappel : dossier {acronym} à déposer",
                    $"Le dossier {acronym} (référence {reference}) n'a pas encore été déposé. La date limite de dépôt de l'appel « {callTitle} » "
                    + $"est fixée au {format.DateTimeWithWeekday(deadline)} (heure de Paris), soit dans {left}. "
                    + "Passé ce délai, le dossier ne pourra plus être déposé.");
        });

    public static BilingualText PreProposalDeadline(string acronym, string reference, string callTitle, LocalInstant deadline, DateTimeOffset now) =>
        BilingualText.From(language =>
        {
            var format = TextFormat.For(language);
            var left = format.Remaining(deadline.Utc - now, RemainingStyle.Rounded);
            return language == Languages.English
                ? new(
                    $"Reminder: pre-proposal {acronym} to submit",
                    $"The pre-proposal {acronym} (reference {reference}) has not been submitted yet. The pre-proposal deadline of the two-stage call “{callTitle}” "
                    + $"is {format.DateTimeWithWeekday(deadline)} (Paris time), in {left}. "
                    + "After that, the pre-proposal can no longer be submitted, and only shortlisted consortia go on to the full proposal.")
                : new(
                    $"Rappel : pré-proposition {acronym} à déposer",
                    $"La pré-proposition {acronym} (référence {reference}) n'a pas encore été déposée. La date limite des pré-propositions de l'appel en deux étapes « {callTitle} » "
                    + $"est fixée au {format.DateTimeWithWeekday(deadline)} (heure de Paris), soit dans {left}. "
                    + "Passé ce délai, la pré-proposition ne pourra plus être déposée, et seuls les consortiums présélectionnés poursuivent avec le dossier complet.");
        });

    public static BilingualText ReviewDue(PendingReview review, DateTimeOffset now) => BilingualText.From(language =>
    {
        var format = TextFormat.For(language);
        var due = format.DateTimeWithWeekday(review.ReviewDeadline);
        var english = language == Languages.English;
        if (review.ReviewDeadline.Utc > now)
        {
            var left = format.Remaining(review.ReviewDeadline.Utc - now, RemainingStyle.Rounded);
            return english
                ? new(
                    $"Reminder: review of the proposal {review.ProposalAcronym}",
                    $"Your review of the proposal {review.ProposalAcronym} (reference {review.ProposalReference}, call “{review.CallTitle}”) "
                    + $"is due before {due}, in {left}.")
                : new(
                    $"Rappel : évaluation du dossier {review.ProposalAcronym}",
                    $"Votre évaluation du dossier {review.ProposalAcronym} (référence {review.ProposalReference}, appel « {review.CallTitle} ») "
                    + $"est attendue avant le {due}, soit dans {left}.");
        }

        return english
            ? new(
                $"Review overdue: proposal {review.ProposalAcronym}",
                $"The review of the proposal {review.ProposalAcronym} (reference {review.ProposalReference}, call “{review.CallTitle}”) "
                + $"was due on {due}. Please send it as soon as possible.")
            : new(
                $"Évaluation en retard : dossier {review.ProposalAcronym}",
                $"L'évaluation du dossier {review.ProposalAcronym} (référence {review.ProposalReference}, appel « {review.CallTitle} ») "
                + $"était attendue le {due}. Merci de la transmettre dès que possible.");
    });

    public static BilingualText FundingDecisionDue(PendingFundingDecision decision, DateTimeOffset now) => BilingualText.From(language =>
    {
        var format = TextFormat.For(language);
        var due = format.DateTimeWithWeekday(decision.DecisionDeadline);
        var left = format.Remaining(decision.DecisionDeadline.Utc - now, RemainingStyle.Rounded);
        return language == Languages.English
            ? new(
                $"Reminder: funding decision for the proposal {decision.ProposalAcronym}",
                $"The funding decision on the proposal {decision.ProposalAcronym} (reference {decision.ProposalReference}, call “{decision.CallTitle}”) "
                + $"is due before {due}, in {left}.")
            : new(
                $"Rappel : décision de financement pour le dossier {decision.ProposalAcronym}",
                $"La décision de financement du dossier {decision.ProposalAcronym} (référence {decision.ProposalReference}, appel « {decision.CallTitle} ») "
                + $"est attendue avant le {due}, soit dans {left}.");
    });
}
