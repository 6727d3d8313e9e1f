using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.ExpireCorrectionRequests;

/// <summary>
/// Records as expired the correction requests whose due date has come (the aggregate already refuses late answers; this
/// makes the status and the audit chain say so). Run every minute by a recurring job; a second run finds nothing.
/// </summary>
public sealed class ExpireCorrectionRequests(IAppDbContext db, ProposalContextLoader loader, IAuditTrail audit, TimeProvider clock)
{
    public async Task<int> Handle(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var proposalIds = await db.CorrectionRequests.AsNoTracking()
            .Where(c => c.Status == CorrectionStatus.Open && c.DueAt.Utc <= now)
            .Select(c => c.ProposalId).Distinct().ToListAsync(ct);
        var expired = 0;
        foreach (var proposalId in proposalIds)
        {
            db.ChangeTracker.Clear();
            var proposal = await loader.LoadProposal(proposalId, track: true, ct);
            if (proposal is null || !proposal.ExpireCorrections(now))
            {
                continue;
            }

            await audit.RecordAsync(AuditStreams.Proposal, proposal.Id, "correction_expired", proposal.Status.ToString(), proposal.Status.ToString(), null, ct);
            // An answer racing the job wins: the next run finds the request answered.
            if ((await db.TrySaveChangesAsync(ct)).IsSuccess)
            {
                expired++;
            }
        }

        return expired;
    }
}
