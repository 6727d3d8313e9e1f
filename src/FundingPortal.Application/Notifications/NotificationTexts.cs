using FundingPortal.Application.Common.Formatting;
using FundingPortal.Contracts;

namespace FundingPortal.Application.Notifications;

public static class NotificationTexts
{
    // These texts are written in French.
    private static readonly TextFormat Format = TextFormat.French;

    public const string SubmissionReceivedTitle = "Dossier reçu";

    public static NotificationText SubmissionReceived(ProposalSubmitted m) => new(
        $"{SubmissionReceivedTitle} : {m.Acronym} (version {m.Version})",
        $"Le dossier {m.Acronym} (référence {m.Reference}) a bien été reçu le {Format.DateTimeWithWeekday(m.SubmittedAt)} (heure de Paris). "
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
        } + $"Aide accordée : {Format.Money(m.TotalGrantedAid)} sur {Format.Money(m.TotalRequestedAid)} demandés. "
        + "La notification de cofinancement au format PDF est disponible dans l'espace du dossier.");

    public static NotificationText JoinRequested(string email, string organisation, string? message) => new(
        $"Demande d'adhésion à {organisation}",
        $"{email} demande à rejoindre votre organisation {organisation} sur le portail. "
        + (message is null ? string.Empty : $"Son message : « {message} » ")
        + "Un membre de l'organisation accepte ou refuse la demande depuis la page « Mon organisation ».");

    public static NotificationText JoinRequestDecided(string organisation, bool approved) => approved
        ? new($"Vous avez rejoint {organisation}",
            $"Votre demande pour rejoindre {organisation} a été acceptée : votre compte y est rattaché et vous pouvez préparer ses dossiers.")
        : new($"Demande d'adhésion à {organisation} refusée",
            $"Votre demande pour rejoindre {organisation} n'a pas été acceptée. Si c'est une erreur, contactez directement un membre de l'organisation.");
}
