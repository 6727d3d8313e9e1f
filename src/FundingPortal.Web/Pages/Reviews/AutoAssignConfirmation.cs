using FundingPortal.Application.Reviews.Assignments.PreviewAutoAssignment;
using FundingPortal.Web.Formatting;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace FundingPortal.Web.Pages.Reviews;

/// <summary>The automatic assignment's second step: how many assignments the run will make, for which dossiers, and who is told.</summary>
public static class AutoAssignConfirmation
{
    public static ConfirmStep For(AutoAssignmentPreview preview, string callTitle, IStringLocalizer texts, HttpRequest request)
    {
        var consequences = new List<string>();
        if (preview.Assignments == 0)
        {
            consequences.Add(texts["AutoAssign.Nothing"]);
        }
        else
        {
            consequences.Add(texts["AutoAssign.Plan", texts.Plural("AutoAssign.WillCreate", preview.Assignments), texts.Plural("AutoAssign.Proposals", preview.Proposals),
                texts.Plural("AutoAssign.Experts", preview.Experts)]);
            consequences.Add(texts["AutoAssign.Told"]);
        }

        consequences.AddRange(preview.Unassignable.Select(u => $"{texts.Plural("Ranking.Missing", u.MissingSlots, u.Reference)} ({texts.Plural("Ranking.Eligible", u.EligibleExperts)})."));
        return new ConfirmStep(texts["AutoAssign.Heading", callTitle], consequences, texts["AutoAssign.Button"], $"{request.Path}?appel={request.Query["appel"]}",
            ConfirmStep.SameAction(request), ConfirmStep.Repost(request.Form), texts["AutoAssign.Undo"]);
    }
}
