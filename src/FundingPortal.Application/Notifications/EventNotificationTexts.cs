using System.Globalization;
using FundingPortal.Application.Common.Formatting;
using FundingPortal.Contracts;

namespace FundingPortal.Application.Notifications;

/// <summary>
/// The notifications (and e-mails) of issue 17's events, in French and English side by side so the language catalogue
/// can take them over as they are.
/// </summary>
public static class EventNotificationTexts
{
    private static readonly TextFormat Fr = TextFormat.French;
    private static readonly TextFormat En = TextFormat.For(CultureInfo.GetCultureInfo("en"));

    public static BilingualText SubmissionForManagers(ProposalSubmitted m) => m.PreProposal
        ? new(
            new($"Nouvelle pré-proposition : {m.Acronym} (version {m.Version})",
                $"La pré-proposition {m.Acronym} (référence {m.Reference}) a été déposée le {Fr.DateTimeWithWeekday(m.SubmittedAt)} (heure de Paris), "
                + $"version {m.Version}, accusé de réception n° {m.ReceiptNumber}."),
            new($"New pre-proposal: {m.Acronym} (version {m.Version})",
                $"The pre-proposal {m.Acronym} (reference {m.Reference}) was submitted on {En.DateTimeWithWeekday(m.SubmittedAt)} (Paris time), "
                + $"version {m.Version}, receipt no. {m.ReceiptNumber}."))
        : new(
        new($"Nouveau dépôt : {m.Acronym} (version {m.Version})",
            $"Le dossier {m.Acronym} (référence {m.Reference}) a été déposé le {Fr.DateTimeWithWeekday(m.SubmittedAt)} (heure de Paris), "
            + $"version {m.Version}, accusé de réception n° {m.ReceiptNumber}."),
        new($"New submission: {m.Acronym} (version {m.Version})",
            $"The proposal {m.Acronym} (reference {m.Reference}) was submitted on {En.DateTimeWithWeekday(m.SubmittedAt)} (Paris time), "
            + $"version {m.Version}, receipt no. {m.ReceiptNumber}."));

    public static BilingualText ExpertAssigned(ExpertAssigned m, AssignedDossier a) => new(
        new($"Nouvelle évaluation : {a.Acronym}",
            $"Le pôle vous demande d'évaluer le dossier {a.Acronym} (référence {a.Reference}). "
            + $"Acceptez ou refusez depuis la page « Mes évaluations » ; évaluation attendue avant le {Fr.DateTimeWithWeekday(m.DueAt)} (heure de Paris)."),
        new($"New review: {a.Acronym}",
            $"The cluster asks you to review the proposal {a.Acronym} (reference {a.Reference}). "
            + $"Accept or decline from the \"My reviews\" page; the review is due by {En.DateTimeWithWeekday(m.DueAt)} (Paris time)."));

    public static BilingualText AssignmentDeclined(AssignmentDeclined m, string acronym, string expertName) => new(
        new($"Évaluation refusée : {acronym}",
            $"{expertName} a refusé d'évaluer le dossier {acronym} (référence {m.Reference}) (motif : {ReasonFr(m.Reason)}). "
            + (m.Reassigned ? "Un autre expert a été sollicité automatiquement." : "Aucun autre expert n'a pu être sollicité : une place d'évaluateur reste à pourvoir.")),
        new($"Review declined: {acronym}",
            $"{expertName} declined to review the proposal {acronym} (reference {m.Reference}) (reason: {ReasonEn(m.Reason)}). "
            + (m.Reassigned ? "Another expert was asked automatically." : "No other expert could be asked: a reviewer slot is still unfilled.")));

    public static BilingualText ProposalScreened(ProposalScreened m, string acronym) => m.Eligible
        ? new(
            new($"Dossier recevable : {acronym}", $"Le pôle a jugé le dossier {acronym} (référence {m.Reference}) recevable : il passe en évaluation."),
            new($"Proposal eligible: {acronym}", $"The cluster found the proposal {acronym} (reference {m.Reference}) eligible: it moves on to review."))
        : new(
            new($"Dossier irrecevable : {acronym}", $"Le pôle a jugé le dossier {acronym} (référence {m.Reference}) irrecevable. Motif : {m.Reason}"),
            new($"Proposal ineligible: {acronym}", $"The cluster found the proposal {acronym} (reference {m.Reference}) ineligible. Reason: {m.Reason}"));

    public static BilingualText ProposalShortlisted(ProposalShortlisted m) => m.Invited
        ? new(
            new($"Pré-proposition retenue : {m.Acronym}",
                $"Le pôle invite le consortium du projet {m.Acronym} (référence {m.Reference}) à déposer le dossier complet avant le "
                + $"{Fr.DateTimeWithWeekday(m.SubmissionDeadline)} (heure de Paris) : budgets détaillés par partenaire, pièces jointes."
                + (m.Feedback is null ? string.Empty : $" Retour du pôle : {m.Feedback}")),
            new($"Pre-proposal shortlisted: {m.Acronym}",
                $"The cluster invites the consortium of {m.Acronym} (reference {m.Reference}) to submit the full proposal before "
                + $"{En.DateTimeWithWeekday(m.SubmissionDeadline)} (Paris time): detailed budgets per partner, attachments."
                + (m.Feedback is null ? string.Empty : $" The cluster's feedback: {m.Feedback}")))
        : new(
            new($"Pré-proposition non retenue : {m.Acronym}",
                $"Le pôle n'a pas retenu la pré-proposition {m.Acronym} (référence {m.Reference}) pour le dossier complet. Retour du pôle : {m.Feedback}"),
            new($"Pre-proposal not shortlisted: {m.Acronym}",
                $"The cluster did not shortlist the pre-proposal {m.Acronym} (reference {m.Reference}) for the full proposal. The cluster's feedback: {m.Feedback}"));

    public static BilingualText ProposalWithdrawn(ProposalWithdrawn m, string acronym) => new(
        new($"Dossier retiré : {acronym}",
            $"Le consortium a retiré le dossier {acronym} (référence {m.Reference}) le {Fr.DateTimeWithWeekday(m.WithdrawnAt)} (heure de Paris). Il n'est plus à instruire ni à évaluer."),
        new($"Proposal withdrawn: {acronym}",
            $"The consortium withdrew the proposal {acronym} (reference {m.Reference}) on {En.DateTimeWithWeekday(m.WithdrawnAt)} (Paris time). It no longer needs screening or review."));

    public static BilingualText FundingRequested(FundingRequested m, decimal requestedAid) => new(
        new($"Demande de cofinancement : {m.Acronym}",
            $"Le pôle vous transmet le projet labellisé {m.Acronym} (référence {m.Reference}) : aide demandée à votre structure {Fr.Money(requestedAid)}. "
            + "Enregistrez votre décision depuis la page « Demandes de cofinancement »."),
        new($"Co-funding request: {m.Acronym}",
            $"The cluster sends you the labelled project {m.Acronym} (reference {m.Reference}): aid requested from your organisation {En.Money(requestedAid)}. "
            + "Record your decision from the \"Co-funding requests\" page."));

    public static BilingualText CorrectionRequested(CorrectionRequested m) => new(
        new($"Correction demandée : {m.Acronym}",
            $"Le pôle demande une correction du dossier {m.Acronym} (référence {m.Reference}) : {ScopeFr(m.Scope)}, à déposer avant le {Fr.DateTimeWithWeekday(m.DueAt)} (heure de Paris). "
            + $"Seules ces parties peuvent être modifiées, même après la date limite de l'appel. Message du pôle : {Excerpt(m.Message)}"),
        new($"Correction requested: {m.Acronym}",
            $"The cluster asks for a correction of the proposal {m.Acronym} (reference {m.Reference}): {ScopeEn(m.Scope)}, to submit before {En.DateTimeWithWeekday(m.DueAt)} (Paris time). "
            + $"Only these parts may change, even after the call's deadline. The cluster's message: {Excerpt(m.Message)}"));

    private static string ScopeFr(IEnumerable<string> scope) => string.Join(", ", scope.Select(s => s switch
    {
        "Attachments" => "pièces jointes",
        "Budgets" => "budgets",
        _ => "projet",
    }));

    private static string ScopeEn(IEnumerable<string> scope) => string.Join(", ", scope.Select(s => s.ToLowerInvariant()));

    private static string Excerpt(string text) => text.Length <= 500 ? text : string.Concat(text.AsSpan(0, 500), "…");

    private static string ReasonFr(string reason) => reason switch
    {
        "ConflictOfInterest" => "conflit d'intérêts",
        "NotMyExpertise" => "hors de son domaine d'expertise",
        _ => "trop d'évaluations en cours",
    };

    private static string ReasonEn(string reason) => reason switch
    {
        "ConflictOfInterest" => "conflict of interest",
        "NotMyExpertise" => "outside their expertise",
        _ => "too many reviews",
    };
}
