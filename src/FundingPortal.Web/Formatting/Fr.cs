using System.Globalization;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Web.Formatting;

/// <summary>How the UI writes money, instants, percentages and enum values for French readers.</summary>
public static class Fr
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>1 300 000,00 €</summary>
    public static string Euros(decimal amount) => amount.ToString("#,##0.00", Culture) + "\u00a0€";

    public static string Euros(decimal? amount) => amount is { } a ? Euros(a) : "—";

    /// <summary>45,5 %</summary>
    public static string Percent(decimal fraction, int decimals = 1) =>
        (fraction * 100).ToString(decimals == 0 ? "0" : "0." + new string('#', decimals), Culture) + "\u00a0%";

    /// <summary>An instant for machines (the countdown script): 2027-10-19T16:00:00Z.</summary>
    public static string IsoUtc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateTime InParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Paris).DateTime;

    /// <summary>19 octobre 2027 à 18 h 00 (Paris time).</summary>
    public static string DateTime(DateTimeOffset instant) => LocalDateTime(InParis(instant));

    /// <summary>Non-breaking spaces keep "18 h 00" on one line.</summary>
    public static string LocalDateTime(DateTime local) => $"{Date(local)} à {local.Hour}\u00a0h\u00a0{local.Minute:00}";

    /// <summary>1er juin 2027, 19 octobre 2027.</summary>
    public static string Date(DateTime local)
    {
        var day = local.Day == 1 ? "1er" : local.Day.ToString(Culture);
        return $"{day} {local.ToString("MMMM yyyy", Culture)}";
    }

    public static string Date(DateTimeOffset instant) => Date(InParis(instant));

    /// <summary>Time left, rounded down: "12 jours et 4 heures", "3 heures et 12 minutes", "moins d'une minute".</summary>
    public static string Remaining(TimeSpan left)
    {
        if (left <= TimeSpan.Zero)
        {
            return "terminé";
        }

        static string Unit(int n, string one, string many) => $"{n} {(n > 1 ? many : one)}";
        if (left.TotalDays >= 1)
        {
            return $"{Unit((int)left.TotalDays, "jour", "jours")} et {Unit(left.Hours, "heure", "heures")}";
        }

        if (left.TotalHours >= 1)
        {
            return $"{Unit(left.Hours, "heure", "heures")} et {Unit(left.Minutes, "minute", "minutes")}";
        }

        return left.TotalMinutes >= 1 ? Unit(left.Minutes, "minute", "minutes") : "moins d'une minute";
    }

    public static string Category(OrganisationCategory category) => category switch
    {
        OrganisationCategory.Sme => "PME",
        OrganisationCategory.MidCap => "ETI",
        OrganisationCategory.Large => "Grande entreprise",
        OrganisationCategory.Research => "Organisme de recherche",
        _ => category.ToString(),
    };

    public static string Region(string code) => Regions.NameOf(code);

    public static string FunderKind(FunderKind kind) => kind == Domain.Funders.FunderKind.State ? "État" : "Région";

    public static string Status(CallStatus status) => status switch
    {
        CallStatus.Draft => "Brouillon",
        CallStatus.Published => "Publié, pas encore ouvert",
        CallStatus.Open => "Ouvert",
        CallStatus.Closed => "Clos",
        _ => status.ToString(),
    };

    public static string Status(ProposalStatus status) => status switch
    {
        ProposalStatus.Draft => "Brouillon",
        ProposalStatus.Submitted => "Déposé",
        ProposalStatus.Ineligible => "Irrecevable",
        ProposalStatus.UnderReview => "En évaluation",
        ProposalStatus.Reviewed => "Évalué",
        ProposalStatus.Labelled => "Labellisé",
        ProposalStatus.NotLabelled => "Non labellisé",
        ProposalStatus.Deferred => "Ajourné",
        ProposalStatus.FundingRequested => "Financement demandé",
        ProposalStatus.Funded => "Financé",
        ProposalStatus.PartiallyFunded => "Partiellement financé",
        ProposalStatus.NotFunded => "Non financé",
        ProposalStatus.Withdrawn => "Retiré",
        _ => status.ToString(),
    };

    public static string DocumentKind(Domain.Documents.DocumentKind kind) => kind switch
    {
        Domain.Documents.DocumentKind.Receipt => "Accusé de réception",
        Domain.Documents.DocumentKind.Dossier => "Dossier de candidature",
        Domain.Documents.DocumentKind.EvaluationSummary => "Synthèse d'évaluation",
        Domain.Documents.DocumentKind.LabelCertificate => "Attestation de labellisation",
        Domain.Documents.DocumentKind.FundingDecision => "Notification de cofinancement",
        _ => kind.ToString(),
    };

    public static string DocumentStatus(Domain.Documents.DocumentStatus status) => status switch
    {
        Domain.Documents.DocumentStatus.Pending => "En cours de production",
        Domain.Documents.DocumentStatus.Ready => "Disponible",
        Domain.Documents.DocumentStatus.Failed => "Échec de la production",
        _ => status.ToString(),
    };

    public static string Assignment(Domain.Reviews.AssignmentStatus status) => status switch
    {
        Domain.Reviews.AssignmentStatus.Invited => "À accepter",
        Domain.Reviews.AssignmentStatus.Accepted => "Acceptée, évaluation à rendre",
        Domain.Reviews.AssignmentStatus.Declined => "Déclinée",
        Domain.Reviews.AssignmentStatus.Submitted => "Évaluation envoyée",
        _ => status.ToString(),
    };

    public static string DeclineReason(Domain.Reviews.DeclineReason reason) => reason switch
    {
        Domain.Reviews.DeclineReason.ConflictOfInterest => "Conflit d'intérêts",
        Domain.Reviews.DeclineReason.NotMyExpertise => "Hors de mon expertise",
        Domain.Reviews.DeclineReason.TooManyAssignments => "Trop de dossiers à évaluer",
        _ => reason.ToString(),
    };

    public static string Recommendation(Domain.Reviews.Recommendation? recommendation) => recommendation switch
    {
        Domain.Reviews.Recommendation.Label => "Labelliser",
        Domain.Reviews.Recommendation.Defer => "Ajourner",
        Domain.Reviews.Recommendation.Reject => "Ne pas labelliser",
        _ => "—",
    };

    public static string Outcome(Domain.Labelling.LabellingOutcome outcome) => outcome switch
    {
        Domain.Labelling.LabellingOutcome.Labelled => "Labellisé",
        Domain.Labelling.LabellingOutcome.NotLabelled => "Non labellisé",
        Domain.Labelling.LabellingOutcome.Deferred => "Ajourné",
        _ => outcome.ToString(),
    };

    public static string Instrument(Domain.CoFunding.FundingInstrument? instrument) => instrument switch
    {
        Domain.CoFunding.FundingInstrument.Grant => "Subvention",
        Domain.CoFunding.FundingInstrument.RepayableAdvance => "Avance remboursable",
        _ => "—",
    };

    public static string FundingDecision(Domain.CoFunding.FundingDecision? decision) => decision switch
    {
        Domain.CoFunding.FundingDecision.Granted => "Accordé",
        Domain.CoFunding.FundingDecision.Declined => "Refusé",
        _ => "En attente de décision",
    };

    /// <summary>A score on the grid's scale: "3,5".</summary>
    public static string Score(decimal? score) => score is { } s ? s.ToString("0.##", Culture) : "—";

    public static string AttachmentKind(AttachmentKind kind) =>
        kind == Domain.Proposals.AttachmentKind.ConsortiumAgreement ? "Accord de consortium" : "Annexe";

    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} octets",
        < 1024 * 1024 => $"{(bytes / 1024m).ToString("0.#", Culture)} Ko",
        _ => $"{(bytes / (1024m * 1024m)).ToString("0.#", Culture)} Mo",
    };
}
