using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.GetSubmittedSnapshot;

public sealed class GetSubmittedSnapshot(IAppDbContext db, ProposalVisibility visibility)
{
    public async Task<Result<string>> Handle(Guid id, int version, CancellationToken ct)
    {
        var insider = await visibility.EnsureInsider(id, ct);
        if (!insider.IsSuccess)
        {
            return insider.Error!;
        }

        var snapshot = await db.ProposalVersions.AsNoTracking().Where(v => v.ProposalId == id && v.Number == version).Select(v => v.SnapshotJson).FirstOrDefaultAsync(ct);
        return snapshot is null ? Error.NotFound("Version") : snapshot;
    }
}
