using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.ListProposalVersions;

public sealed record VersionSummary(int Version, DateTimeOffset SubmittedAt, string Sha256, string ReceiptNumber, bool Correction);

public sealed class ListProposalVersions(IAppDbContext db, ProposalVisibility visibility)
{
    public async Task<Result<IReadOnlyList<VersionSummary>>> Handle(Guid id, CancellationToken ct)
    {
        var insider = await visibility.EnsureInsider(id, ct);
        if (!insider.IsSuccess)
        {
            return insider.Error!;
        }

        return await db.ProposalVersions.AsNoTracking().Where(v => v.ProposalId == id).OrderBy(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.SubmittedAt, v.Sha256, v.ReceiptNumber, v.CorrectionRequestId != null)).ToListAsync(ct);
    }
}
