using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>A dossier's submitted versions and its history (the chained journal), with a name for each recorded action.</summary>
public sealed class HistoryTexts : TextSet
{
    public HistoryTexts()
        : base("History")
    {
        Add("VersionsTitle", "{0} — versions déposées", "{0} — submitted versions");
        Add("VersionsStep", "versions déposées", "submitted versions");
        Add("Versions", "Versions déposées", "Submitted versions");
        Add("NotSubmitted", "Le dossier n'a pas encore été déposé.", "The proposal has not been submitted yet.");
        Add("LastCounts", "La dernière version déposée avant la date limite est celle qui est évaluée.", "The last version submitted before the deadline is the one reviewed.");
        AddSame("VersionsOne", "{0} version");
        AddSame("VersionsMany", "{0} versions");
        AddSame("Version", "Version");
        Add("SubmittedOn", "Déposée le (heure de Paris)", "Submitted on (Paris time)");
        Add("Receipt", "Accusé de réception", "Acknowledgement of receipt");
        Add("Sha256", "Empreinte SHA-256", "SHA-256 fingerprint");
        Add("Counts", " (celle qui compte)", " (the one that counts)");
        Add("Title", "{0} — historique", "{0} — history");
        Add("Step", "historique", "history");
        Add("Heading", "Historique du dossier", "The proposal's history");
        Add("ChainIntactOne", "Journal intègre : son unique entrée est scellée par son empreinte, elle n'a pas été modifiée.", "Journal intact: its one entry is sealed by its fingerprint and has not been changed.");
        Add("ChainIntactMany", "Journal intègre : les {0} entrées sont chaînées par empreintes, aucune n'a été modifiée.", "Journal intact: the {0} entries are chained by fingerprints, none has been changed.");
        Add("ChainBroken", "Attention : le chaînage du journal est rompu à l'entrée {0}.", "Warning: the journal's chain is broken at entry {0}.");
        Add("Caption", "Toutes les modifications, de la plus ancienne à la plus récente", "Every change, from the oldest to the most recent");
        Add("Number", "N°", "No.");
        Add("Date", "Date (heure de Paris)", "Date (Paris time)");
        AddSame("Action", "Action");
        Add("By", "Par", "By");
        Add("Status", "Statut", "Status");
        Add("proposal_created", "Dossier créé", "Proposal created");
        Add("fields_updated", "Projet modifié", "Project changed");
        Add("partner_added", "Partenaire ajouté", "Partner added");
        Add("partner_removed", "Partenaire retiré", "Partner removed");
        Add("budget_updated", "Budget modifié", "Budget changed");
        Add("experts_excluded", "Experts récusés", "Experts excluded");
        Add("attachment_added", "Pièce jointe ajoutée", "Attachment added");
        Add("proposal_submitted", "Dossier déposé", "Proposal submitted");
        Add("proposal_withdrawn", "Dossier retiré", "Proposal withdrawn");
        Add("screened_eligible", "Déclaré recevable", "Found eligible");
        Add("screened_ineligible", "Déclaré irrecevable", "Found ineligible");
        Add("expert_assigned", "Expert affecté", "Expert assigned");
        Add("expert_unassigned", "Affectation retirée", "Assignment removed");
        Add("experts_auto_assigned", "Experts affectés automatiquement", "Experts assigned automatically");
        Add("review_started", "Évaluation commencée", "Review started");
        Add("review_submitted", "Évaluation rendue", "Review submitted");
        Add("review_reopened", "Évaluation rouverte", "Review reopened");
        Add("reviews_completed", "Évaluations terminées", "Reviews completed");
        Add("labelling_decided", "Décision de labellisation", "Labelling decision");
        Add("funding_requested", "Financement demandé", "Funding requested");
        Add("funding_decided", "Décision de financement", "Funding decision");
        Add("demo_seeded", "Créé pour la démonstration", "Created for the demo");
    }
}
