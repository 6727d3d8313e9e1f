using System.Text.Json;
using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Audit;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Audit;

/// <summary>
/// Appends to a per-stream hash chain. A unique (stream, sequence) index makes two concurrent appends to one
/// stream collide instead of forking the chain; the losing transaction fails and is retried by its caller.
/// </summary>
public sealed class EfAuditTrail(AppDbContext db, ICurrentUserAccessor currentUser, TimeProvider clock) : IAuditTrail
{
    // Compiled once (issue 22): read by every audited change, the deadline's submits first.
    private static readonly Func<AppDbContext, string, Guid, CancellationToken, Task<ChainHead?>> Head = EF.CompileAsyncQuery(
        (AppDbContext context, string streamType, Guid streamId, CancellationToken _) => context.AuditEntries
            .Where(a => a.StreamType == streamType && a.StreamId == streamId)
            .OrderByDescending(a => a.Sequence)
            .Select(a => new ChainHead(a.StreamType, a.StreamId, a.Sequence, a.Hash))
            .FirstOrDefault());

    private readonly Dictionary<(string, Guid), ChainHead?> _heads = [];

    public async Task RecordAsync(string streamType, Guid streamId, string action, string? fromState, string? toState, object? details,
        CancellationToken cancellationToken)
    {
        var key = (streamType, streamId);
        if (!_heads.TryGetValue(key, out var previous))
        {
            previous = await Head(db, streamType, streamId, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var actor = currentUser.UserIdOrNull;
        var personal = new PersonalFieldCapture(streamType, streamId, actor, now);
        var entry = AuditEntry.AppendAfter(streamType, streamId, previous, now, actor, action, fromState, toState, PersonalFieldConverter.Serialise(details, personal));
        db.AuditEntries.Add(entry);
        db.AuditPersonalValues.AddRange(personal.Values);
        _heads[key] = entry.AsHead();
    }

    public async Task PreloadHeadsAsync(string streamType, IReadOnlyCollection<Guid> streamIds, CancellationToken cancellationToken)
    {
        var ids = streamIds.Distinct().Where(id => !_heads.ContainsKey((streamType, id))).ToList();
        var heads = await db.AuditEntries.AsNoTracking()
            .Where(a => a.StreamType == streamType && ids.Contains(a.StreamId))
            .GroupBy(a => a.StreamId)
            .Select(g => g.OrderByDescending(a => a.Sequence).First())
            .ToDictionaryAsync(a => a.StreamId, cancellationToken);
        foreach (var id in ids)
        {
            _heads[(streamType, id)] = heads.GetValueOrDefault(id)?.AsHead();
        }
    }

    public void KnowHead(string streamType, Guid streamId, ChainHead? head) => _heads.TryAdd((streamType, streamId), head);

    /// <summary>Forgets cached heads after a failed save so a retry re-reads the chain.</summary>
    public void Reset() => _heads.Clear();
}

internal static class AuditJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new PersonalFieldConverter() } };
}
