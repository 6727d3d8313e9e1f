using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Reviews;

/// <summary>The confirmation step of the automatic assignment of experts, on the ranking page.</summary>
public sealed class AutoAssignTexts : TextSet
{
    public AutoAssignTexts()
        : base("AutoAssign")
    {
        Add("Heading", "Affecter automatiquement les experts de l'appel « {0} » ?", "Assign the experts of “{0}” automatically?");
        Add("WillCreateOne", "{0} affectation sera créée", "{0} assignment will be made");
        Add("WillCreateMany", "{0} affectations seront créées", "{0} assignments will be made");
        Add("ProposalsOne", "{0} dossier", "{0} proposal");
        Add("ProposalsMany", "{0} dossiers", "{0} proposals");
        AddSame("ExpertsOne", "{0} expert");
        AddSame("ExpertsMany", "{0} experts");
        Add("Plan", "{0} ({1}, {2}), sans conflit d'intérêts.", "{0} ({1}, {2}), without any conflict of interest.");
        Add("Told", "Chaque expert est prévenu de ses nouvelles évaluations et les dossiers passent en évaluation.",
            "Each expert is told of their new reviews and the proposals move to review.");
        Add("Nothing", "Aucune affectation ne serait créée : chaque dossier a déjà ses experts, ou aucun expert sans conflit d'intérêts n'est disponible.",
            "No assignment would be made: every proposal already has its experts, or no expert without a conflict of interest is available.");
        Add("Undo", "Une affectation pourra être retirée ensuite, dossier par dossier, mais l'expert en aura déjà été prévenu.",
            "An assignment can be removed later, proposal by proposal, but the expert will already have been told.");
        Add("Button", "Oui, affecter les experts", "Yes, assign the experts");
    }
}
