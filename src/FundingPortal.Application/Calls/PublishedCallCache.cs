using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Funders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FundingPortal.Application.Calls;

/// <summary>A call with the funders it names, as dossiers are evaluated against it.</summary>
public sealed record CallTerms(Call Call, IReadOnlyDictionary<Guid, Funder> Funders);

/// <summary>
/// Keeps published calls in memory. A published call can no longer be edited and funders are never changed once
/// created, so what was read once stays true: the dossier paths (submit above all, on deadline day) skip two queries
/// and the call's JSON columns. Draft calls are always read from the database. The shared objects are read-only by
/// convention: they are loaded without tracking and no use case changes a call it got from here.
/// </summary>
public sealed class PublishedCallCache(IMemoryCache cache)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(30);

    public async Task<CallTerms> Get(IAppDbContext db, Guid callId, CancellationToken ct)
    {
        var key = (typeof(PublishedCallCache), callId);
        if (cache.TryGetValue(key, out CallTerms? cached) && cached is not null)
        {
            return cached;
        }

        var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == callId, ct);
        var funderIds = call.Funders.Select(f => f.FunderId).ToList();
        var funders = await db.Funders.AsNoTracking().Where(f => funderIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var terms = new CallTerms(call, funders);
        if (call.PublishedAt is not null)
        {
            cache.Set(key, terms, new MemoryCacheEntryOptions { SlidingExpiration = KeepFor });
        }

        return terms;
    }
}
