using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Experts;

/// <summary>Applicants may exclude only experts from their call's public list.</summary>
public sealed class CallExperts(IAppDbContext db)
{
    public async Task<Result> EnsureAllExpertsOfCallOf(Guid proposalId, IReadOnlyCollection<Guid> expertIds, CancellationToken ct)
    {
        if (expertIds.Count == 0)
        {
            return Result.Success();
        }

        var callId = await db.Proposals.Where(p => p.Id == proposalId).Select(p => (Guid?)p.CallId).FirstOrDefaultAsync(ct);
        if (callId is null)
        {
            return Result.Success();
        }

        var ids = expertIds.Distinct().ToList();
        var known = await db.Experts.CountAsync(e => ids.Contains(e.Id) && e.CallIds.Contains(callId.Value), ct);
        return known == ids.Count
            ? Result.Success()
            : Error.Field("expertIds", "unknown_expert", "Only experts from the call's public list (GET /api/calls/{id}/experts) can be excluded.");
    }
}
