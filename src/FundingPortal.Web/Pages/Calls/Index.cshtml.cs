using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.ListCalls;
using FundingPortal.Application.Common;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Calls;

[Authorize]
public sealed class IndexModel(ListCalls listCalls, ICurrentUser user) : PageModel
{
    public IReadOnlyList<CallSummary> Calls { get; private set; } = [];
    public bool IsManager => user.IsInRole(Roles.ClusterManager);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var calls = await ListPages.All(page => listCalls.Handle(page, ct));
        // Open calls first, the closest deadline first: what an applicant looks for.
        Calls = calls.OrderBy(c => c.Status switch { Domain.Calls.CallStatus.Open => 0, Domain.Calls.CallStatus.Published => 1, Domain.Calls.CallStatus.Draft => 2, _ => 3 })
            .ThenBy(c => c.SubmissionDeadline.Utc).ToList();
    }
}
