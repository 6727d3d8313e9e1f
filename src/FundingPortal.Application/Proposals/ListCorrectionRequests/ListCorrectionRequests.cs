using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.ListCorrectionRequests;

/// <summary>A dossier's correction requests, oldest first, for its consortium and the managers; anyone else gets a 404.</summary>
public sealed class ListCorrectionRequests(IAppDbContext db, ProposalVisibility visibility, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<CorrectionRequestResponse>>> Handle(Guid proposalId, CancellationToken ct)
    {
        var insider = await visibility.EnsureInsider(proposalId, ct);
        if (!insider.IsSuccess)
        {
            return insider.Error!;
        }

        var now = clock.GetUtcNow();
        var requests = await db.CorrectionRequests.AsNoTracking().Where(c => c.ProposalId == proposalId).OrderBy(c => c.RequestedAt).ToListAsync(ct);
        return requests.Select(c => CorrectionRequestResponse.From(c, now)).ToList();
    }
}
