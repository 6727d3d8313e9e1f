using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Contracts;

namespace FundingPortal.Application.Notifications;

/// <summary>The notifications (and their e-mails) in the recipient's language: French and English side by side.</summary>
public static class NotificationTexts
{
    public const string SubmissionReceivedTitle = "Dossier reçu";

    private static string T(string language, string french, string english) => language == Languages.English ? english : french;

    public static NotificationText SubmissionReceived(ProposalSubmitted m, string language = Languages.French)
    {
        var format = TextFormat.For(language);
        if (m.PreProposal)
        {
            return new(
                T(language, $"Pré-proposition reçue : {m.Acronym} (version {m.Version})", $"Pre-proposal received: {m.Acronym} (version {m.Version})"),
                T(language,
                    $"La pré-proposition {m.Acronym} (référence {m.Reference}) a bien été reçue le {format.DateTimeWithWeekday(m.SubmittedAt)} (heure de Paris). "
                    + $"Version déposée : {m.Version}. Numéro d'accusé de réception : {m.ReceiptNumber}. "
                    + "L'accusé de réception au format PDF sera disponible dans l'espace du dossier. Le pôle vous dira après la date limite des pré-propositions "
                    + "si le consortium est invité à déposer le dossier complet.",
                    $"The pre-proposal {m.Acronym} (reference {m.Reference}) was received on {format.DateTimeWithWeekday(m.SubmittedAt)} (Paris time). "
                    + $"Version submitted: {m.Version}. Acknowledgement of receipt number: {m.ReceiptNumber}. "
                    + "The acknowledgement of receipt in PDF will be available in the dossier's space. After the pre-proposal deadline, the cluster will tell you "
                    + "whether the consortium is invited to submit the full proposal."));
        }

        return new(
            T(language, $"{SubmissionReceivedTitle} : {m.Acronym} (version {m.Version})", $"Dossier received: {m.Acronym} (version {m.Version})"),
            T(language,
                $"Le dossier {m.Acronym} (référence {m.Reference}) a bien été reçu le {format.DateTimeWithWeekday(m.SubmittedAt)} (heure de Paris). "
                + $"Version déposée : {m.Version}. Numéro d'accusé de réception : {m.ReceiptNumber}. "
                + "L'accusé de réception au format PDF sera disponible dans l'espace du dossier.",
                $"The dossier {m.Acronym} (reference {m.Reference}) was received on {format.DateTimeWithWeekday(m.SubmittedAt)} (Paris time). "
                + $"Version submitted: {m.Version}. Acknowledgement of receipt number: {m.ReceiptNumber}. "
                + "The acknowledgement of receipt in PDF will be available in the dossier's space."));
    }

    public static NotificationText LabellingDecided(LabellingDecided m, string language = Languages.French) => new(
        T(language, $"Décision de labellisation : {m.Acronym}", $"Labelling decision: {m.Acronym}"),
        m.Outcome switch
        {
            "Labelled" => T(language,
                $"Le comité a labellisé le projet {m.Acronym} (référence {m.Reference}). Attestation n° {m.CertificateNumber}. ",
                $"The committee labelled the project {m.Acronym} (reference {m.Reference}). Certificate no. {m.CertificateNumber}. "),
            "NotLabelled" => T(language,
                $"Le comité n'a pas labellisé le projet {m.Acronym} (référence {m.Reference}). ",
                $"The committee did not label the project {m.Acronym} (reference {m.Reference}). "),
            _ => T(language,
                $"Le comité a ajourné le projet {m.Acronym} (référence {m.Reference}) : il pourra être retravaillé et redéposé. ",
                $"The committee deferred the project {m.Acronym} (reference {m.Reference}): it can be reworked and submitted again. "),
        } + T(language,
            $"Motivation : {m.Motivation} La synthèse d'évaluation anonymisée est disponible dans l'espace du dossier.",
            $"Reasons: {m.Motivation} The anonymised evaluation summary is available in the dossier's space."));

    public static NotificationText CoLabellingDecided(CoLabellingDecided m, string language = Languages.French) => new(
        T(language, $"Décision de co-labellisation : {m.Acronym}", $"Co-labelling decision: {m.Acronym}"),
        (m.Outcome == "Labelled"
            ? T(language,
                $"Le pôle {m.ClusterName} co-labellise le projet {m.Acronym} (référence {m.Reference}) : il figurera sur l'attestation de labellisation. ",
                $"The cluster {m.ClusterName} co-labels the project {m.Acronym} (reference {m.Reference}): it will be named on the label certificate. ")
            : T(language,
                $"Le pôle {m.ClusterName} ne co-labellise pas le projet {m.Acronym} (référence {m.Reference}). ",
                $"The cluster {m.ClusterName} does not co-label the project {m.Acronym} (reference {m.Reference}). "))
        + T(language, $"Motivation : {m.Motivation}", $"Reasons: {m.Motivation}"));

    public static NotificationText FundingOutcomeReached(FundingOutcomeReached m, string language = Languages.French)
    {
        var format = TextFormat.For(language);
        return new(
            T(language, $"Décision de cofinancement : {m.Acronym}", $"Co-funding decision: {m.Acronym}"),
            m.Outcome switch
            {
                "Funded" => T(language,
                    $"Tous les financeurs sollicités ont accordé l'aide demandée pour le projet {m.Acronym} (référence {m.Reference}). ",
                    $"Every funder asked granted the aid requested for the project {m.Acronym} (reference {m.Reference}). "),
                "PartiallyFunded" => T(language,
                    $"Le projet {m.Acronym} (référence {m.Reference}) est partiellement financé. ",
                    $"The project {m.Acronym} (reference {m.Reference}) is partly funded. "),
                _ => T(language,
                    $"Aucun financeur n'a accordé d'aide au projet {m.Acronym} (référence {m.Reference}). ",
                    $"No funder granted aid to the project {m.Acronym} (reference {m.Reference}). "),
            } + T(language,
                $"Aide accordée : {format.Money(m.TotalGrantedAid)} sur {format.Money(m.TotalRequestedAid)} demandés. "
                + "La notification de cofinancement au format PDF est disponible dans l'espace du dossier.",
                $"Aid granted: {format.Money(m.TotalGrantedAid)} of {format.Money(m.TotalRequestedAid)} requested. "
                + "The co-funding notice in PDF is available in the dossier's space."));
    }

    public static NotificationText JoinRequested(string email, string organisation, string? message, string language = Languages.French) => new(
        T(language, $"Demande d'adhésion à {organisation}", $"Request to join {organisation}"),
        T(language,
            $"{email} demande à rejoindre votre organisation {organisation} sur le portail. "
            + (message is null ? string.Empty : $"Son message : « {message} » ")
            + "Un membre de l'organisation accepte ou refuse la demande depuis la page « Mon organisation ».",
            $"{email} asks to join your organisation {organisation} on the portal. "
            + (message is null ? string.Empty : $"Their message: “{message}” ")
            + "A member of the organisation accepts or declines the request from the “My organisation” page."));

    public static NotificationText JoinRequestDecided(string organisation, bool approved, string language = Languages.French) => approved
        ? new(T(language, $"Vous avez rejoint {organisation}", $"You have joined {organisation}"),
            T(language,
                $"Votre demande pour rejoindre {organisation} a été acceptée : votre compte y est rattaché et vous pouvez préparer ses dossiers.",
                $"Your request to join {organisation} was accepted: your account belongs to it and you can prepare its dossiers."))
        : new(T(language, $"Demande d'adhésion à {organisation} refusée", $"Request to join {organisation} declined"),
            T(language,
                $"Votre demande pour rejoindre {organisation} n'a pas été acceptée. Si c'est une erreur, contactez directement un membre de l'organisation.",
                $"Your request to join {organisation} was not accepted. If this is a mistake, contact a member of the organisation directly."));
}
