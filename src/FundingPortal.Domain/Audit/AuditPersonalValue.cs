using System.Security.Cryptography;
using System.Text;

namespace FundingPortal.Domain.Audit;

/// <summary>
/// A personal field of an audit entry (a name, an e-mail address, a free-text comment), kept outside the chain. The entry's
/// details hold only <see cref="Marker"/>, a salted SHA-256 of the value, so the chain's hashes never cover the value itself:
/// erasing it (anonymisation) leaves every hash as it was, and without the salt the digest cannot be matched against a
/// guessed name or address. While the value is kept, <see cref="Matches"/> proves it is the one the entry was written with.
/// </summary>
public sealed class AuditPersonalValue
{
    public const string MarkerPrefix = "personal:sha256:";

    private AuditPersonalValue()
    {
    }

    public string Digest { get; private set; } = string.Empty;
    public string StreamType { get; private set; } = string.Empty;
    public Guid StreamId { get; private set; }

    /// <summary>The person the value is about (or was written by); anonymising them erases it.</summary>
    public Guid? SubjectUserId { get; private set; }

    public string? Salt { get; private set; }
    public string? Value { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? ErasedAt { get; private set; }

    public string Marker => MarkerPrefix + Digest;

    public static AuditPersonalValue Record(string streamType, Guid streamId, Guid? subjectUserId, string value, DateTimeOffset now)
    {
        var salt = RandomNumberGenerator.GetHexString(32, lowercase: true);
        return new AuditPersonalValue
        {
            Digest = DigestOf(salt, value),
            StreamType = streamType,
            StreamId = streamId,
            SubjectUserId = subjectUserId,
            Salt = salt,
            Value = value,
            RecordedAt = now,
        };
    }

    public static string DigestOf(string salt, string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + "\n" + value)));

    public bool IsErased => ErasedAt is not null;

    /// <summary>True while the kept value is the one the entry was written with; an erased value has nothing left to check.</summary>
    public bool Matches() => IsErased || (Salt is not null && Value is not null && DigestOf(Salt, Value) == Digest);

    /// <summary>Forgets the value and its salt; the digest stays, so the entry that names it still verifies. Idempotent.</summary>
    public bool Erase(DateTimeOffset now)
    {
        if (IsErased)
        {
            return false;
        }

        Value = null;
        Salt = null;
        ErasedAt = now;
        return true;
    }

    /// <summary>
    /// The first entry of a stream (in sequence order) naming a personal value that was altered or removed; null when every
    /// marker has its row and every kept value still matches its digest. Erased values count as intact.
    /// </summary>
    public static int? FindAlteredValue(IReadOnlyList<AuditEntry> stream, IEnumerable<AuditPersonalValue> values)
    {
        var byDigest = values.ToDictionary(v => v.Digest, StringComparer.Ordinal);
        foreach (var entry in stream)
        {
            foreach (var digest in DigestsIn(entry.Details))
            {
                if (!byDigest.TryGetValue(digest, out var value) || !value.Matches())
                {
                    return entry.Sequence;
                }
            }
        }

        return null;
    }

    /// <summary>The digests of the markers in an entry's details (a marker is a JSON string, so it sits between quotes).</summary>
    public static IEnumerable<string> DigestsIn(string? details)
    {
        if (details is null)
        {
            yield break;
        }

        var quoted = "\"" + MarkerPrefix;
        for (var at = details.IndexOf(quoted, StringComparison.Ordinal); at >= 0; at = details.IndexOf(quoted, at + 1, StringComparison.Ordinal))
        {
            var start = at + quoted.Length;
            if (start + 64 <= details.Length)
            {
                yield return details.Substring(start, 64);
            }
        }
    }
}
