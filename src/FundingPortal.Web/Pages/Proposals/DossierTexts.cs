using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>The dossier's frame (header, steps, "why can't I submit?" panel, document links) and its receipt page.</summary>
public sealed class DossierTexts : TextSet
{
    public DossierTexts()
        : base("Dossier")
    {
        Add("Dossiers", "Dossiers", "Proposals");
        Add("Deadline", "Date limite de dépôt :", "Submission deadline:");
        Add("Steps", "Étapes du dossier", "Proposal steps");
        Add("StepDone", " (terminé)", " (done)");
        Add("StepToDo", " (à compléter)", " (to do)");
        Add("StepSummary", "Synthèse", "Overview");
        Add("StepProject", "1. Projet", "1. Project");
        Add("StepPartners", "2. Partenaires", "2. Partners");
        AddSame("StepBudgets", "3. Budgets");
        Add("StepAttachments", "4. Pièces jointes", "4. Attachments");
        Add("StepSubmit", "5. Dépôt", "5. Submission");
        Add("StepVersions", "Versions déposées", "Submitted versions");
        Add("StepReview", "Évaluation", "Evaluation");
        Add("StepFunding", "Financement", "Funding");
        AddSame("StepDocuments", "Documents");
        Add("StepHistory", "Historique", "History");
        AddSame("StepMessages", "Messages");
        Add("BackFundingRequests", "Demandes de financement", "Funding requests");
        Add("BackMyReviews", "Mes évaluations", "My reviews");
        Add("TabProject", "Projet", "Project");
        Add("TabPartners", "Partenaires", "Partners");
        AddSame("TabBudgets", "Budgets");
        Add("TabAttachments", "Pièces jointes", "Attachments");
        Add("TabSubmit", "Dépôt", "Submission");
        Add("FollowUpTitle", "Suivi du dossier", "Proposal follow-up");
        Add("FollowUpStatus", "Statut :", "Status:");
        Add("FollowUpScreening", "Recevabilité", "Screening");
        Add("ScreeningNotSubmitted", "Le dossier n'est pas encore déposé.", "The proposal is not submitted yet.");
        Add("ScreeningToDo", "À examiner :", "To do:");
        Add("ScreeningLink", "décider de la recevabilité", "decide on eligibility");
        Add("ScreenedIneligible", "Jugé irrecevable : {0}", "Found ineligible: {0}");
        Add("ScreenedEligible", "Jugé recevable.", "Found eligible.");
        Add("FollowUpReviews", "Évaluations", "Reviews");
        Add("ReviewsInOne", "{1}/{0} évaluation rendue.", "{1}/{0} review submitted.");
        Add("ReviewsInMany", "{1}/{0} évaluations rendues.", "{1}/{0} reviews submitted.");
        Add("ReviewsLink", "Experts et évaluations", "Experts and reviews");
        Add("NoReviewsYet", "Le dossier n'est pas encore en évaluation.", "The proposal is not under review yet.");
        Add("WhyTitle", "Pourquoi ne puis-je pas déposer ?", "Why can't I submit?");
        Add("WhyClosed", "Le dossier est au statut « {0} » : il ne peut plus être déposé ni modifié.", "The proposal's status is “{0}”: it can no longer be submitted or changed.");
        Add("WhySubmitted", "Le dossier est déposé.", "The proposal is submitted.");
        Add("WhySubmittedMore", "Vous pouvez encore le modifier et le redéposer jusqu'à la date limite : la dernière version déposée est celle qui compte.",
            "You can still change it and submit it again until the deadline: the last version submitted is the one that counts.");
        Add("SubmitVersion", "Déposer une version {0}", "Submit a version {0}");
        Add("NothingBlocks", "Rien ne bloque le dépôt.", "Nothing blocks the submission.");
        Add("Submit", "Déposer le dossier", "Submit the proposal");
        Add("LeadSubmits", "Le chef de file peut déposer le dossier.", "The lead partner can submit the proposal.");
        Add("OneIssue", "1 point bloque le dépôt :", "1 point blocks the submission:");
        Add("Issues", "{0} points bloquent le dépôt :", "{0} points block the submission:");
        Add("LastVersion", "Dernière version déposée :", "Last version submitted:");
        AddSame("VersionN", "version {0}");
        Add("On", ", le {0}", ", on {0}");
        Add("ClosesIn", "Clôture dans ", "Closes in ");
        Add("Ended", "Délai écoulé", "Deadline passed");
        Add("Download", "Télécharger (PDF{0})", "Download (PDF{0})");
        Add("DownloadEnglish", "Édition anglaise (PDF)", "English edition (PDF)");
        Add("DownloadFrench", "Édition française (PDF, l'original)", "French edition (PDF, the original)");
        Add("Pending", "En cours de production : rechargez la page dans quelques instants.", "Being produced: reload the page in a few moments.");
        Add("Failed", "La production a échoué ; l'équipe du pôle peut la relancer.", "Production failed; the cluster's staff can restart it.");
        Add("ReceiptTitle", "{0} — accusé de réception de la version {1}", "{0} — acknowledgement of receipt of version {1}");
        AddSame("ReceiptStep", "version {0}");
        Add("JustSubmitted", "Votre dossier est déposé.", "Your proposal is submitted.");
        Add("JustSubmittedMore", "La version {0} a été reçue le {1} (heure de Paris). Conservez cet accusé de réception.",
            "Version {0} was received on {1} (Paris time). Keep this acknowledgement of receipt.");
        Add("ReceiptNumber", "Accusé de réception n° {0}", "Acknowledgement of receipt no. {0}");
        Add("Dossier", "Dossier", "Proposal");
        AddSame("Version", "Version");
        Add("CorrectedVersion", "{0} — version corrigée, en réponse à une demande de correction du pôle", "{0} — corrected version, answering a correction request from the cluster");
        Add("ReceivedParis", "Reçu le (heure de Paris)", "Received on (Paris time)");
        Add("ReceivedUtc", "Reçu le (UTC)", "Received on (UTC)");
        Add("TotalBudget", "Budget total", "Total budget");
        Add("Partners", "Partenaires", "Partners");
        Add("Fingerprint", "Empreinte SHA-256 du dossier déposé :", "SHA-256 fingerprint of the submitted proposal:");
        Add("AttachmentsCaption", "Pièces jointes déposées", "Submitted attachments");
        Add("File", "Fichier", "File");
        Add("Sha256", "Empreinte SHA-256", "SHA-256 fingerprint");
        Add("ConsortiumCaption", "Consortium déposé", "Submitted consortium");
        AddSame("Organisation", "Organisation");
        AddSame("Budget", "Budget");
        Add("LeadMark", " (chef de file)", " (lead partner)");
        Add("DownloadReceipt", "Télécharger l'accusé de réception (PDF)", "Download the acknowledgement of receipt (PDF, French original)");
        Add("DownloadReceiptEnglish", "Télécharger l'édition anglaise (PDF)", "Download the English edition (PDF)");
        Add("ReceiptPdf", "Accusé de réception PDF :", "Acknowledgement of receipt (PDF):");
        Add("ReceiptSoon", "L'accusé de réception au format PDF sera téléchargeable ici dès qu'il aura été produit.",
            "The acknowledgement of receipt in PDF will be downloadable here as soon as it is produced.");
        Add("Print", "Imprimer cet accusé", "Print this acknowledgement");
        Add("DownloadJson", "Télécharger le dossier déposé (JSON, vérifiable avec l'empreinte)", "Download the submitted proposal (JSON, checkable with the fingerprint)");
    }
}
