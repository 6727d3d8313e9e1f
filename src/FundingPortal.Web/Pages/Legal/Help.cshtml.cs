using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Legal;

/// <summary>The help page: a call step by step for each persona, and the questions with an anchor each, so an answer can be linked.</summary>
public sealed class HelpModel : PageModel
{
    public static readonly IReadOnlyList<string> ApplicantSteps =
    [
        "StepAccount", "StepOrganisation", "StepDossier", "StepPartners", "StepBudgets", "StepAttachments", "StepSubmit", "StepReceipt",
        "StepScreening", "StepReview", "StepLabelling", "StepCoFunding",
    ];

    /// <summary>Each question's anchor (a stable French fragment, like the site's URLs) and its text keys' stem.</summary>
    public static readonly IReadOnlyList<(string Anchor, string Key)> Questions =
    [
        ("deposer-deux-fois", "FaqTwice"),
        ("accuse-de-reception", "FaqReceipt"),
        ("qui-voit-mon-dossier", "FaqWho"),
        ("inviter-un-partenaire", "FaqInvite"),
        ("mot-de-passe-oublie", "FaqPassword"),
        ("changer-de-langue", "FaqLanguage"),
        ("conflits-d-interets", "FaqConflict"),
        ("decisions-des-financeurs", "FaqFunders"),
    ];
}
