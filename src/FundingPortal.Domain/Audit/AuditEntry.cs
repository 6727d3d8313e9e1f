using FundingPortal.Domain.Common;
using System.Security.Cryptography;
using System.Text;

namespace FundingPortal.Domain.Audit;

/// <summary>
/// One append-only audit record. Entries are chained per stream (a dossier, a call): each holds the hash of
/// the previous one, so editing or deleting an entry breaks every later hash.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long Id { get; private set; }
    public string StreamType { get; private set; } = string.Empty;
    public Guid StreamId { get; private set; }
    public int Sequence { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public Guid? ActorUserId { get; private set; }
    public string Action { get; private set; } = string.Empty;
    public string? FromState { get; private set; }
    public string? ToState { get; private set; }
    public string? Details { get; private set; }
    public string PreviousHash { get; private set; } = string.Empty;
    public string Hash { get; private set; } = string.Empty;

    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static AuditEntry Append(string streamType, Guid streamId, AuditEntry? previous, DateTimeOffset occurredAt, Guid? actor,
        string action, string? fromState, string? toState, string? details) =>
        AppendAfter(streamType, streamId, previous?.AsHead(), occurredAt, actor, action, fromState, toState, details);

    /// <summary>Appends after a head read without the rest of its entry: only its sequence and hash are linked to.</summary>
    public static AuditEntry AppendAfter(string streamType, Guid streamId, ChainHead? previous, DateTimeOffset occurredAt, Guid? actor,
        string action, string? fromState, string? toState, string? details)
    {
        var entry = new AuditEntry
        {
            StreamType = streamType,
            StreamId = streamId,
            Sequence = (previous?.Sequence ?? 0) + 1,
            OccurredAt = StoredInstant.Of(occurredAt),
            ActorUserId = actor,
            Action = action,
            FromState = fromState,
            ToState = toState,
            Details = details,
            PreviousHash = previous?.Hash ?? GenesisHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    public ChainHead AsHead() => new(StreamType, StreamId, Sequence, Hash);

    public string ComputeHash()
    {
        // Microsecond precision matches what PostgreSQL stores, so a re-read entry hashes identically.
        var canonical = string.Join('\n',
            StreamType, StreamId.ToString("D"), Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            OccurredAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ActorUserId?.ToString("D") ?? "-", Action, FromState ?? "-", ToState ?? "-", Details ?? "-", PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Verifies a stream given in sequence order; returns the first broken sequence number, or null.</summary>
    public static int? FindBrokenLink(IReadOnlyList<AuditEntry> stream)
    {
        var expectedPrevious = GenesisHash;
        for (var i = 0; i < stream.Count; i++)
        {
            var entry = stream[i];
            if (entry.Sequence != i + 1 || entry.PreviousHash != expectedPrevious || entry.ComputeHash() != entry.Hash)
            {
                return entry.Sequence;
            }

            expectedPrevious = entry.Hash;
        }

        return null;
    }
}
