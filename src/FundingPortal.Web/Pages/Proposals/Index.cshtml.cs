using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.ListCalls;
using FundingPortal.Application.Common;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Proposals.ListProposals;
using FundingPortal.Domain.Proposals;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Proposals;

[Authorize]
public sealed class IndexModel(ListProposals listProposals, ListCalls listCalls, ICurrentUser user) : PageModel
{
    /// <summary>Newest first by default, as the API.</summary>
    public static readonly IReadOnlyList<(string Value, string LabelKey)> Orders =
    [
        ("-created", "ListBar.Newest"), ("created", "ListBar.Oldest"), ("-updated", "ListBar.ChangedLatest"), ("reference", "ListBar.ReferenceAz"),
        ("-reference", "ListBar.ReferenceZa"), ("acronym", "ListBar.AcronymAz"), ("-acronym", "ListBar.AcronymZa"),
    ];

    public IReadOnlyList<ProposalSummary> Dossiers { get; private set; } = [];
    public IReadOnlyList<CallSummary> Calls { get; private set; } = [];
    public Guid? CallId { get; private set; }
    public ProposalStatus? Status { get; private set; }
    public string? NextCursor { get; private set; }
    public ListBar Bar { get; private set; } = null!;
    public string? Search => Bar.Words;
    public bool IsManager => user.IsInRole(Roles.ClusterManager);

    /// <summary>Only a member of an applicant organisation starts dossiers: experts and funder officers read the dossiers of their own work.</summary>
    public bool IsApplicant => !IsManager && user.OrganisationId is not null && user.IsInRole(Roles.Applicant);

    public bool IsExpert => !IsManager && !IsApplicant && user.ExpertId is not null;

    public bool IsFunderOfficer => !IsManager && !IsApplicant && !IsExpert && user.IsInRole(Roles.FunderOfficer);

    public string TitleKey => IsManager ? "ProposalList.AllTitle" : IsExpert ? "ProposalList.ExpertTitle" : IsFunderOfficer ? "ProposalList.FunderTitle" : "ProposalList.MyTitle";

    public string CallTitle(Guid id) => Calls.FirstOrDefault(c => c.Id == id)?.Title ?? string.Empty;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "appel")] Guid? callId, [FromQuery(Name = "statut")] string? status,
        [FromQuery(Name = ListBar.SearchParameter)] string? search, [FromQuery(Name = ListBar.SortParameter)] string? sort, string? cursor,
        CancellationToken ct)
    {
        if (user.OrganisationId is null && !IsManager && !user.IsInRole(Roles.Expert) && !user.IsInRole(Roles.FunderOfficer))
        {
            return Redirect("/organisation");
        }

        CallId = callId;
        Status = Enum.TryParse<ProposalStatus>(status, out var s) && Enum.IsDefined(s) ? s : null;
        Calls = await ListPages.All(page => listCalls.Handle(page, ct));
        var bar = new ListBar("ProposalList.Search", ListBar.WordsOf(search), ListBar.SortOf(sort, Orders), Orders, 0);
        var filter = new ProposalFilter(IsManager ? CallId : null, IsManager ? Status : null);
        var dossiers = await ListPages.One(cursor, page => listProposals.Handle(filter, bar.Search, page, ct));
        (Dossiers, NextCursor) = (dossiers.Items, dossiers.NextCursor);
        Bar = bar with { Total = dossiers.Total ?? dossiers.Items.Count };
        return Page();
    }
}
