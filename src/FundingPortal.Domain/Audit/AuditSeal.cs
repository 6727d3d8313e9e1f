using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Audit;

/// <summary>
/// A digest over every chain head at one instant (a Merkle root), kept append-only and published as a file: once a seal is
/// out of the portal's hands, cutting a chain's tail or recomputing a whole chain no longer goes unnoticed.
/// </summary>
public sealed class AuditSeal
{
    private readonly List<AuditSealLeaf> _leaves = [];

    private AuditSeal()
    {
    }

    public long Id { get; private set; }

    /// <summary>The local day (Paris) the seal was made, as published.</summary>
    public DateOnly Date { get; private set; }

    public DateTimeOffset SealedAt { get; private set; }
    public string Digest { get; private set; } = string.Empty;
    public int Streams { get; private set; }
    public string FileName { get; private set; } = string.Empty;
    public IReadOnlyList<AuditSealLeaf> Leaves => _leaves;

    /// <summary>Seals the heads given in any order; they are sorted into the seal's one order first.</summary>
    public static AuditSeal Over(IEnumerable<ChainHead> heads, DateOnly date, DateTimeOffset sealedAt)
    {
        sealedAt = StoredInstant.Of(sealedAt);
        var sorted = heads.ToList();
        sorted.Sort(ChainHead.CompareForSeal);
        var seal = new AuditSeal
        {
            Date = date,
            SealedAt = sealedAt,
            Digest = Convert.ToHexStringLower(MerkleTree.Root(sorted.Select(h => h.LeafHash()).ToList())),
            Streams = sorted.Count,
            FileName = $"{date:yyyy-MM-dd}-{sealedAt.ToUniversalTime():HHmmss}Z.json",
        };
        seal._leaves.AddRange(sorted.Select((h, i) => new AuditSealLeaf(i, h)));
        return seal;
    }

    public IEnumerable<ChainHead> Heads => _leaves.OrderBy(l => l.Position).Select(l => l.Head);
}

/// <summary>One chain head inside a seal, at its position in the seal's order.</summary>
public sealed class AuditSealLeaf
{
    private AuditSealLeaf()
    {
    }

    internal AuditSealLeaf(int position, ChainHead head)
    {
        Position = position;
        StreamType = head.StreamType;
        StreamId = head.StreamId;
        Sequence = head.Sequence;
        Hash = head.Hash;
    }

    public long SealId { get; private set; }
    public int Position { get; private set; }
    public string StreamType { get; private set; } = string.Empty;
    public Guid StreamId { get; private set; }
    public int Sequence { get; private set; }
    public string Hash { get; private set; } = string.Empty;

    public ChainHead Head => new(StreamType, StreamId, Sequence, Hash);
}
