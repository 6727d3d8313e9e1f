using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

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

    /// <summary>
    /// Each personal field of one entry whose value row is missing or no longer matches, named by its path in the details
    /// ("invitee.email"). <paramref name="byDigest"/> holds at least the rows of the entry's digests; erased values are intact.
    /// </summary>
    public static IEnumerable<AuditFailure> FindAlteredFields(AuditEntry entry, IReadOnlyDictionary<string, AuditPersonalValue> byDigest)
    {
        foreach (var (field, digest) in MarkedFields(entry.Details))
        {
            var stream = AuditFailure.StreamName(entry.StreamType, entry.StreamId);
            if (!byDigest.TryGetValue(digest, out var value) || value.StreamType != entry.StreamType || value.StreamId != entry.StreamId)
            {
                yield return new AuditFailure(stream, entry.Sequence, null, AuditFailureReasons.PersonalValueMissing, field);
            }
            else if (!value.Matches())
            {
                yield return new AuditFailure(stream, entry.Sequence, null, AuditFailureReasons.PersonalValueChanged, field);
            }
        }
    }

    /// <summary>The markers of an entry's details with the path of the property holding each; details that are not JSON hold none.</summary>
    public static IEnumerable<(string Field, string Digest)> MarkedFields(string? details)
    {
        if (details is null || !details.Contains(MarkerPrefix, StringComparison.Ordinal))
        {
            return [];
        }

        var found = new List<(string, string)>();
        try
        {
            using var document = JsonDocument.Parse(details);
            Collect(document.RootElement, string.Empty, found);
        }
        catch (JsonException)
        {
            return DigestsIn(details).Select(d => ("details", d));
        }

        return found;
    }

    private static void Collect(JsonElement element, string path, List<(string, string)> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Collect(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", found);
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    Collect(item, $"{path}[{index++}]", found);
                break;
            case JsonValueKind.String when element.GetString() is { } text && text.StartsWith(MarkerPrefix, StringComparison.Ordinal) && text.Length == MarkerPrefix.Length + 64:
                found.Add((path, text[MarkerPrefix.Length..]));
                break;
        }
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
