using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>A dossier's project step (its fields, shared with the call's page) and the exclusion of experts.</summary>
public sealed class ProjectTexts : TextSet
{
    public ProjectTexts()
        : base("Project")
    {
        Add("Title", "{0} — projet", "{0} — project");
        Add("Step", "projet", "project");
        Add("Heading", "Description du projet", "Project description");
        Add("Save", "Enregistrer le projet", "Save the project");
        Add("Next", "Étape suivante : partenaires", "Next step: partners");
        Add("Exclusions", "Experts récusés", "Excluded experts");
        Add("ExclusionsHint", "La liste des experts de l'appel est publique. Vous pouvez demander, avant le dépôt, qu'un ou plusieurs d'entre eux n'évaluent pas votre dossier.",
            "The call's list of experts is public. Before submitting, you can ask for one or more of them not to review your proposal.");
        Add("ExcludedLegend", "Experts qui n'évalueront pas ce dossier", "Experts who will not review this proposal");
        Add("SaveExclusions", "Enregistrer les récusations", "Save the exclusions");
        Add("LeadOnly", "Seul le chef de file modifie la description du projet.", "Only the lead partner edits the project description.");
        Add("Acronym", "Acronyme", "Acronym");
        Add("ProjectTitle", "Titre", "Title");
        Add("Keywords", "Mots-clés", "Keywords");
        AddSame("Trl", "TRL");
        Add("Duration", "Durée", "Duration");
        Add("MonthsOne", "{0} mois", "{0} month");
        Add("MonthsMany", "{0} mois", "{0} months");
        Add("NoneExcluded", "Aucun expert n'est récusé.", "No expert is excluded.");
        Add("ExcludedOne", "{0} expert est récusé : il n'évaluera pas ce dossier.", "{0} expert is excluded: they will not review this proposal.");
        Add("ExcludedMany", "{0} experts sont récusés : ils n'évalueront pas ce dossier.", "{0} experts are excluded: they will not review this proposal.");
        Add("Saved", "Le projet est enregistré.", "The project is saved.");
        Add("FieldAcronym", "Acronyme du projet", "Project acronym");
        Add("FieldAcronymHint", "30 caractères au plus, par exemple OCÉAN-5G.", "30 characters at most, for example OCEAN-5G.");
        Add("FieldTitle", "Titre du projet", "Project title");
        Add("FieldSummary", "Résumé", "Summary");
        Add("FieldSummaryHint", "Objectifs, innovation, marché visé, rôle de chaque partenaire.", "Objectives, innovation, target market, each partner's role.");
        Add("FieldKeywordsHint", "Séparés par des virgules, par exemple : 5G, ports, cybersécurité.", "Separated by commas, for example: 5G, ports, cybersecurity.");
        Add("FieldTrlStart", "TRL de départ (1 à 9)", "Starting TRL (1 to 9)");
        Add("FieldTrlTarget", "TRL visé en fin de projet (1 à 9)", "TRL aimed for at the end of the project (1 to 9)");
        Add("FieldDuration", "Durée du projet (en mois)", "Project duration (in months)");
    }
}
