using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Calls;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calls;

/// <summary>Turns a call into its response, with the names of its funders.</summary>
public sealed class CallDescriber(IAppDbContext db, TimeProvider clock)
{
    public async Task<CallResponse> Describe(Call call, CancellationToken ct)
    {
        var ids = call.Funders.Select(f => f.FunderId).ToList();
        var funders = await db.Funders.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        return CallResponse.From(call, clock.GetUtcNow(), funders);
    }
}
