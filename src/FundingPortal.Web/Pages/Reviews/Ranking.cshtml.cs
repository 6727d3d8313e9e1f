using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.ListCalls;
using FundingPortal.Application.Common;
using FundingPortal.Application.Reviews.Assignments.AutoAssign;
using FundingPortal.Application.Reviews.Assignments.PreviewAutoAssignment;
using FundingPortal.Application.Reviews.Evaluation.GetCallRanking;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FundingPortal.Web.Pages.Reviews;

[Authorize(Roles = Roles.ClusterManager)]
public sealed class RankingModel(ListCalls listCalls, GetCallRanking ranking) : PageModel
{
    public IReadOnlyList<CallSummary> Calls { get; private set; } = [];
    public Guid? CallId { get; private set; }
    public IReadOnlyList<RankingEntryDto> Ranking { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public AutoAssignmentResponse? AutoResult { get; private set; }

    public static readonly IReadOnlyList<(string Value, string LabelKey)> Orders =
        [("rank", "ListBar.RankFirst"), ("-rank", "ListBar.RankLast"), ("reference", "ListBar.ReferenceAz"), ("acronym", "ListBar.AcronymAz"), ("-acronym", "ListBar.AcronymZa")];

    /// <summary>The order of the ranking, sent with the call chosen in the same form (the ranking is sorted, not searched).</summary>
    public ListBar Bar { get; private set; } = Sorted(null);

    public async Task OnGetAsync([FromQuery(Name = "appel")] Guid? callId, [FromQuery(Name = ListBar.SortParameter)] string? sort, string? cursor,
        CancellationToken ct)
    {
        Bar = Sorted(sort);
        await Load(callId, ct, cursor);
    }

    /// <summary>Set by the automatic assignment's confirmation step.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    public ConfirmStep? Confirm { get; private set; }

    public async Task<IActionResult> OnPostAutoAssignAsync([FromQuery(Name = "appel")] Guid callId, [FromQuery(Name = ListBar.SortParameter)] string? sort,
        [FromServices] AutoAssign autoAssign, [FromServices] PreviewAutoAssignment preview, [FromServices] IStringLocalizer texts, CancellationToken ct)
    {
        Bar = Sorted(sort);
        if (!Confirmed)
        {
            var planned = await preview.Handle(callId, ct);
            if (planned.IsSuccess)
            {
                await Load(callId, ct);
                Confirm = AutoAssignConfirmation.For(planned.Value, Calls.FirstOrDefault(c => c.Id == callId)?.Title ?? string.Empty, texts, Request);
                return Page();
            }
        }

        var result = await autoAssign.Handle(callId, ct);
        if (result.IsSuccess)
        {
            AutoResult = result.Value;
        }
        else
        {
            ModelState.AddError(result.Error!);
        }

        await Load(callId, ct);
        return Page();
    }

    private async Task Load(Guid? callId, CancellationToken ct, string? cursor = null)
    {
        Calls = await ListPages.All(page => listCalls.Handle(page, ct));
        // Without a choice, the call whose evaluation is the most current: the latest closed one.
        CallId = callId ?? Calls.Where(c => c.Status == Domain.Calls.CallStatus.Closed).OrderByDescending(c => c.SubmissionDeadline.Utc).Select(c => (Guid?)c.Id).FirstOrDefault()
            ?? Calls.FirstOrDefault()?.Id;
        if (CallId is { } id)
        {
            var page = await ListPages.One(cursor, request => ranking.Handle(id, Bar.Search, request, ct));
            (Ranking, NextCursor) = (page.Items, page.NextCursor);
        }
    }

    private static ListBar Sorted(string? sort) => new(string.Empty, null, ListBar.SortOf(sort, Orders), Orders, 0, Counted: false, Searchable: false);
}
