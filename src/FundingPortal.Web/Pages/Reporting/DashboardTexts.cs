using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Reporting;

/// <summary>The manager's dashboard (<c>/gestion/tableau-de-bord</c>) and its status bar.</summary>
public sealed class DashboardTexts : TextSet
{
    public DashboardTexts()
        : base("Dashboard")
    {
        Add("Title", "Tableau de bord", "Dashboard");
        Add("NewCall", "Créer un appel à projets", "Create a call for projects");
        Add("SubmittedToExamine", "Dossiers déposés à examiner", "Submitted proposals to examine");
        Add("FailedMessages", "Messages en échec", "Failed messages");
        Add("Calls", "Appels à projets", "Calls for projects");
        Add("NoCall", "Aucun appel à projets pour le moment.", "No call for projects yet.");
        Add("ProposalsOne", "{0} dossier", "{0} proposal");
        Add("ProposalsMany", "{0} dossiers", "{0} proposals");
        Add("Stages", "Appel en deux étapes — pré-propositions en brouillon : {0} ; déposées : {1} (en attente de présélection : {2}, invitées : {3}, non retenues : {4}) ; dossiers complets déposés : {5}",
            "Two-stage call — draft pre-proposals: {0}; submitted: {1} (awaiting the shortlist: {2}, invited: {3}, not invited: {4}); full proposals submitted: {5}");
        Add("ReviewsDone", "évaluations rendues : {0} sur {1}", "reviews submitted: {0} of {1}");
        Add("NextDeadline", "prochaine échéance : {0}, {1}", "next deadline: {0}, {1}");
        Add("Proposals", "Dossiers", "Proposals");
        Add("Ranking", "Classement", "Ranking");
        Add("CoFunding", "Cofinancement", "Co-funding");
        AddSame("ExportXlsx", "Export XLSX");
        AddSame("ExportCsv", "Export CSV");
        Add("Upcoming", "Échéances à venir", "Upcoming deadlines");
        Add("NoUpcoming", "Aucune échéance à venir.", "No upcoming deadline.");
        Add("Overdue", "Experts en retard", "Overdue experts");
        Add("NoOverdue", "Aucun expert en retard.", "No overdue expert.");
        Add("OverdueReviewsOne", "{1} : {0} évaluation attendue depuis le {2}", "{1}: {0} review due since {2}");
        Add("OverdueReviewsMany", "{1} : {0} évaluations attendues depuis le {2}", "{1}: {0} reviews due since {2}");
        Add("AidPerFunder", "Aide demandée et accordée par financeur", "Aid requested and granted per funder");
        Add("NoFundingRequest", "Aucune demande de financement pour le moment.", "No funding request yet.");
        Add("AidPerRegion", "Aide par région des partenaires", "Aid per partner region");
        Add("AidRequestedGranted", "Aide demandée et accordée", "Aid requested and granted");
        Add("Region", "Région", "Region");
        Add("Requested", "Demandée", "Requested");
        Add("Granted", "Accordée", "Granted");
        Add("MilestoneopensAt", "ouverture des dépôts", "submissions open");
        Add("MilestonesubmissionDeadline", "date limite de dépôt", "submission deadline");
        Add("MilestonereviewDeadline", "fin de l'évaluation", "end of the review");
        Add("MilestonecommitteeDate", "comité de labellisation", "labelling committee");
        Add("MilestonefundingDecisionDeadline", "décisions de financement", "funding decisions");
        Add("StatusBar", "Dossiers par statut — {0}", "Proposals by status — {0}");
        Add("Pair", "{0} : {1}", "{0}: {1}");
    }
}
