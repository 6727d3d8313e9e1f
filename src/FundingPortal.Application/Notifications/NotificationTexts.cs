using FundingPortal.Application.Common;
using FundingPortal.Contracts;

namespace FundingPortal.Application.Notifications;

public static class NotificationTexts
{
    public const string SubmissionReceivedTitle = "Dossier reçu";

    public static NotificationText SubmissionReceived(ProposalSubmitted m) => new(
        $"{SubmissionReceivedTitle} : {m.Acronym} (version {m.Version})",
        $"Le dossier {m.Acronym} (référence {m.Reference}) a bien été reçu le {FrenchFormat.DateTime(m.SubmittedAt)} (heure de Paris). "
        + $"Version déposée : {m.Version}. Numéro d'accusé de réception : {m.ReceiptNumber}. "
        + "L'accusé de réception au format PDF sera disponible dans l'espace du dossier.");
}
