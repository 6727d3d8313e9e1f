using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Experts;

public sealed class ExpertQueries(IAppDbContext db, ICurrentUser user)
{
    /// <summary>Public to every signed-in user who can see the call: applicants choose exclusions from it.</summary>
    public async Task<Result<IReadOnlyList<CallExpertDto>>> OfCall(Guid callId, CancellationToken ct)
    {
        var call = await db.Calls.AsNoTracking().Where(c => c.Id == callId).Select(c => new { c.PublishedAt }).FirstOrDefaultAsync(ct);
        if (call is null || (call.PublishedAt is null && !user.IsInRole(Roles.ClusterManager)))
        {
            return Error.NotFound("Call");
        }

        var experts = await db.Experts.AsNoTracking().Where(e => e.CallIds.Contains(callId)).Select(e => new CallExpertDto(e.Id, e.DisplayName)).ToListAsync(ct);
        return experts.OrderBy(e => e.DisplayName, StringComparer.CurrentCulture).ThenBy(e => e.ExpertId).ToList();
    }

    public async Task<Result<ExpertDto>> Me(CancellationToken ct)
    {
        var expert = user.ExpertId is { } id ? await db.Experts.AsNoTracking().Include(e => e.DeclaredConflicts).FirstOrDefaultAsync(e => e.Id == id, ct) : null;
        return expert is null ? Error.NotFound("Expert profile") : ExpertDto.From(expert);
    }

    public async Task<IReadOnlyList<ExpertDto>> All(Guid? callId, CancellationToken ct)
    {
        var query = db.Experts.AsNoTracking().Include(e => e.DeclaredConflicts).AsQueryable();
        if (callId is { } c)
        {
            query = query.Where(e => e.CallIds.Contains(c));
        }

        var experts = await query.OrderBy(e => e.DisplayName).Take(2000).ToListAsync(ct);
        return experts.Select(ExpertDto.From).ToList();
    }
}
