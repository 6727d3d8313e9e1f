using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Common;
using FundingPortal.Application.Reviews.Assignments;
using FundingPortal.Application.Reviews.Assignments.AcceptAssignment;
using FundingPortal.Application.Reviews.Assignments.DeclineAssignment;
using FundingPortal.Application.Reviews.Assignments.ListMyAssignments;
using FundingPortal.Application.Reviews.Experts;
using FundingPortal.Application.Reviews.Experts.DeclareConflict;
using FundingPortal.Domain.Reviews;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static FundingPortal.Web.Formatting.RequestText;

namespace FundingPortal.Web.Pages.Reviews;

[Authorize(Roles = Roles.Expert)]
public sealed class AssignmentsModel(ListMyAssignments listMine, AcceptAssignment accept, DeclineAssignment decline) : PageModel
{
    private static readonly AssignmentTexts Texts = new();

    /// <summary>The nearest due date first by default: what the expert has to do next.</summary>
    public static readonly IReadOnlyList<(string Value, string LabelKey)> Orders =
        [("due", "ListBar.DueSoonest"), ("-due", "ListBar.DueLatest"), ("reference", "ListBar.ReferenceAz"), ("-assigned", "ListBar.Newest")];

    /// <summary>Every assignment, for the conflict picker and the confirmation of declining.</summary>
    public IReadOnlyList<MyAssignmentDto> Assignments { get; private set; } = [];

    /// <summary>The page of the table, as searched and sorted.</summary>
    public IReadOnlyList<MyAssignmentDto> Listed { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public ListBar Bar { get; private set; } = null!;

    [BindProperty]
    public ConflictInput Conflict { get; set; } = new();

    public async Task OnGetAsync([FromQuery(Name = ListBar.SearchParameter)] string? search, [FromQuery(Name = ListBar.SortParameter)] string? sort,
        string? cursor, CancellationToken ct) => await Load(ct, search, sort, cursor);

    public async Task<IActionResult> OnPostAcceptAsync(Guid assignmentId, CancellationToken ct)
    {
        var result = await accept.Handle(assignmentId, ct);
        return result.IsSuccess ? Done(Texts.Format("Accepted", Languages.Current, result.Value.Acronym)) : await Failed(result.Error!, ct);
    }

    /// <summary>Set by the confirmation step of declining.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    public ConfirmStep? Confirm { get; private set; }

    public async Task<IActionResult> OnPostDeclineAsync(Guid assignmentId, DeclineReason? reason, string? comment, CancellationToken ct)
    {
        if (!Confirmed)
        {
            await Load(ct);
            var declined = Assignments.FirstOrDefault(a => a.Id == assignmentId);
            if (declined is not null && reason is not null)
            {
                Confirm = new ConfirmStep(Texts.Format("Confirm.Heading", Languages.Current, declined.Acronym),
                    [Texts.Format("Confirm.Reason", Languages.Current, Labels.DeclineReason(reason.Value)), Texts["Confirm.Told"]],
                    Texts["Confirm.Button"], Request.Path, ConfirmStep.SameAction(Request), ConfirmStep.Repost(Request.Form));
                return Page();
            }
        }

        var result = await decline.Handle(assignmentId, new DeclineRequest(reason, comment), ct);
        return result.IsSuccess ? Done(Texts.Format("Declined", Languages.Current, result.Value.Acronym)) : await Failed(result.Error!, ct);
    }

    public async Task<IActionResult> OnPostConflictAsync([FromServices] DeclareConflict declare, CancellationToken ct)
    {
        var result = await declare.Handle(new DeclareConflictRequest(null, Conflict.ProposalId, Conflict.Reason), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, ModelStateErrors.Into("Conflict"));
            await Load(ct);
            return Page();
        }

        var declined = result.Value.DeclinedAssignments;
        return Done(declined == 0 ? Texts["ConflictSaved"] : Texts.Format(declined == 1 ? "ConflictSavedOne" : "ConflictSavedMany", Languages.Current, declined));
    }

    private IActionResult Done(string message)
    {
        TempData["Flash"] = message;
        return RedirectToPage();
    }

    private async Task<IActionResult> Failed(Domain.Common.Error error, CancellationToken ct)
    {
        ModelState.Clear();
        ModelState.AddError(error);
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct, string? search = null, string? sort = null, string? cursor = null)
    {
        var mine = await ListPages.All(page => listMine.Handle(page, ct));
        Assignments = mine.OrderBy(a => a.DueAt).ThenBy(a => a.Reference, StringComparer.Ordinal).ToList();
        var bar = new ListBar("Assignments.Search", ListBar.WordsOf(search), ListBar.SortOf(sort, Orders), Orders, 0);
        var listed = await ListPages.One(cursor, page => listMine.Handle(bar.Search, page, ct));
        (Listed, NextCursor) = (listed.Items, listed.NextCursor);
        Bar = bar with { Total = listed.Total ?? listed.Items.Count };
    }

    public sealed class ConflictInput
    {
        public Guid? ProposalId { get; set; }
        public string? Reason { get; set; }
    }
}
