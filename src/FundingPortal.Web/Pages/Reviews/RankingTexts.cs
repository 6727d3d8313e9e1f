using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Reviews;

/// <summary>The manager's ranking and labelling page (<c>/gestion/classement</c>), with automatic assignment of experts.</summary>
public sealed class RankingTexts : TextSet
{
    public RankingTexts()
        : base("Ranking")
    {
        Add("Title", "Classement et labellisation", "Ranking and labelling");
        Add("NoCalls", "Aucun appel à projets pour le moment.", "No call for proposals yet.");
        Add("AutoAssign", "Affecter automatiquement les experts", "Assign the experts automatically");
        Add("ExportXlsx", "Exporter l'appel (XLSX)", "Export the call (XLSX)");
        Add("ExportCsv", "Exporter l'appel (CSV)", "Export the call (CSV)");
        Add("CreatedOne", "{0} affectation créée", "{0} assignment created");
        Add("CreatedMany", "{0} affectations créées", "{0} assignments created");
        Add("UnderReviewOne", "{0} dossier en évaluation", "{0} proposal under review");
        Add("UnderReviewMany", "{0} dossiers en évaluation", "{0} proposals under review");
        Add("Joined", "{0} ; {1}.", "{0}; {1}.");
        Add("Unassignable", "Dossiers sans assez d'experts disponibles :", "Proposals without enough available experts:");
        Add("MissingOne", "{1} : il manque {0} expert", "{1}: {0} expert missing");
        Add("MissingMany", "{1} : il manque {0} experts", "{1}: {0} experts missing");
        Add("EligibleOne", "{0} expert sans conflit d'intérêts", "{0} expert without a conflict of interest");
        Add("EligibleMany", "{0} experts sans conflit d'intérêts", "{0} experts without a conflict of interest");
        Add("Heading", "Classement des dossiers évalués", "Ranking of the reviewed proposals");
        Add("NoneUnderReview", "Aucun dossier en évaluation pour cet appel.", "No proposal under review for this call.");
        Add("Caption", "Par moyenne pondérée décroissante ; à égalité : innovation, puis marché", "By weighted mean, highest first; ties broken by innovation, then market");
        Add("Rank", "Rang", "Rank");
        Add("Proposal", "Dossier", "Proposal");
        Add("WeightedMean", "Moyenne pondérée", "Weighted mean");
        Add("Threshold", "Seuil", "Threshold");
        Add("Disagreement", "Désaccord", "Disagreement");
        Add("Reviews", "Évaluations", "Reviews");
        Add("Status", "Statut", "Status");
        Add("ReviewsOfOne", "{1}/{0} évaluation", "{1}/{0} review");
        Add("ReviewsOfMany", "{1}/{0} évaluations", "{1}/{0} reviews");
        Add("IncompleteHeading", "Évaluations incomplètes : hors classement", "Incomplete evaluations: not ranked");
        Add("IncompleteExplainedOne", "{0} dossier attend encore des évaluations. Sa moyenne est provisoire : il n'est classé qu'une fois toutes ses évaluations reçues.",
            "{0} proposal is still waiting for reviews. Its mean is provisional: it is ranked once all its reviews are in.");
        Add("IncompleteExplainedMany", "{0} dossiers attendent encore des évaluations. Leurs moyennes sont provisoires : chacun n'est classé qu'une fois toutes ses évaluations reçues.",
            "{0} proposals are still waiting for reviews. Their means are provisional: each is ranked once all its reviews are in.");
        Add("IncompleteCaption", "Dossiers en attente d'évaluations, par moyenne provisoire décroissante", "Proposals waiting for reviews, by provisional mean, highest first");
        Add("Met", "atteint", "met");
        Add("NotMet", "non atteint", "not met");
        Add("Yes", "⚠ oui", "⚠ yes");
        Add("No", "non", "no");
        Add("Hint", "Ouvrez un dossier pour enregistrer la décision du comité (labellisé, non labellisé, ajourné) et sa motivation.",
            "Open a proposal to record the committee's decision (labelled, not labelled, deferred) and its reasons.");
    }
}
