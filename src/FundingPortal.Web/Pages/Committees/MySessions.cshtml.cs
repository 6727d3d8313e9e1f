using FundingPortal.Application.Committees;
using FundingPortal.Application.Committees.GetCommitteeSession;
using FundingPortal.Application.Committees.ListMyCommitteeSessions;
using FundingPortal.Application.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Committees;

/// <summary>A committee member's sessions with their agendas, read only: what the member may see of each (no recused dossier).</summary>
[Authorize(Roles = Roles.CommitteeMember)]
public sealed class MySessionsModel(ListMyCommitteeSessions list, GetCommitteeSession get) : PageModel
{
    public IReadOnlyList<CommitteeSessionResponse> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var sessions = new List<CommitteeSessionResponse>();
        foreach (var summary in (await list.Handle(ct)).Items)
        {
            if (await get.Handle(summary.Id, ct) is { IsSuccess: true } read)
            {
                sessions.Add(read.Value);
            }
        }

        Sessions = sessions;
    }
}
