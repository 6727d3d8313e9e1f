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

    public static NotificationText LabellingDecided(LabellingDecided m) => new(
        $"Décision de labellisation : {m.Acronym}",
        m.Outcome switch
        {
            "Labelled" => $"Le comité a labellisé le projet {m.Acronym} (référence {m.Reference}). Attestation n° {m.CertificateNumber}. ",
            "NotLabelled" => $"Le comité n'a pas labellisé le projet {m.Acronym} (référence {m.Reference}). ",
            _ => $"Le comité a ajourné le projet {m.Acronym} (référence {m.Reference}) : il pourra être retravaillé et redéposé. ",
        } + $"Motivation : {m.Motivation} La synthèse d'évaluation anonymisée est disponible dans l'espace du dossier.");

    public static NotificationText FundingOutcomeReached(FundingOutcomeReached m) => new(
        $"Décision de cofinancement : {m.Acronym}",
        m.Outcome switch
        {
            "Funded" => $"Tous les financeurs sollicités ont accordé l'aide demandée pour le projet {m.Acronym} (référence {m.Reference}). ",
            "PartiallyFunded" => $"Le projet {m.Acronym} (référence {m.Reference}) est partiellement financé. ",
            _ => $"Aucun financeur n'a accordé d'aide au projet {m.Acronym} (référence {m.Reference}). ",
        } + $"Aide accordée : {FrenchFormat.Euros(m.TotalGrantedAid)} sur {FrenchFormat.Euros(m.TotalRequestedAid)} demandés. "
        + "La notification de cofinancement au format PDF est disponible dans l'espace du dossier.");
}
