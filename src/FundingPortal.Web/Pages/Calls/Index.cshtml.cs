using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.ListCalls;
using FundingPortal.Application.Common;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Calls;

[Authorize]
public sealed class IndexModel(ListCalls listCalls, ICurrentUser user) : PageModel
{
    /// <summary>The latest deadline first by default: calls still open come before those that closed.</summary>
    public static readonly IReadOnlyList<(string Value, string LabelKey)> Orders =
    [
        ("-deadline", "ListBar.DeadlineLatest"), ("deadline", "ListBar.DeadlineSoonest"), ("title", "ListBar.TitleAz"), ("-title", "ListBar.TitleZa"),
        ("-created", "ListBar.Newest"),
    ];

    public IReadOnlyList<CallSummary> Calls { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public ListBar Bar { get; private set; } = null!;
    public bool IsManager => user.IsInRole(Roles.ClusterManager);

    public async Task OnGetAsync([FromQuery(Name = ListBar.SearchParameter)] string? search, [FromQuery(Name = ListBar.SortParameter)] string? sort,
        string? cursor, CancellationToken ct)
    {
        var bar = new ListBar("Call.Search", ListBar.WordsOf(search), ListBar.SortOf(sort, Orders), Orders, 0);
        var calls = await ListPages.One(cursor, page => listCalls.Handle(bar.Search, page, ct));
        (Calls, NextCursor) = (calls.Items, calls.NextCursor);
        Bar = bar with { Total = calls.Total ?? calls.Items.Count };
    }
}
