using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FundingPortal.Domain.Audit;

/// <summary>
/// The last entry of one audit stream, as a seal records it. Its leaf is what an outsider hashes to recompute a seal's root
/// from the published file: SHA-256 over the byte 0x00 then the UTF-8 text "type\nid\nsequence\nhash" (docs/proof.md).
/// </summary>
public sealed record ChainHead(string StreamType, Guid StreamId, int Sequence, string Hash)
{
    public string LeafText => string.Join('\n', StreamType, StreamId.ToString("D"), Sequence.ToString(CultureInfo.InvariantCulture), Hash);

    public byte[] LeafHash() => MerkleTree.HashLeaf(Encoding.UTF8.GetBytes(LeafText));

    /// <summary>The one order of leaves in a seal: stream type then stream id as text, both compared byte by byte.</summary>
    public static int CompareForSeal(ChainHead left, ChainHead right)
    {
        var byType = string.CompareOrdinal(left.StreamType, right.StreamType);
        return byType != 0 ? byType : string.CompareOrdinal(left.StreamId.ToString("D"), right.StreamId.ToString("D"));
    }
}

/// <summary>
/// A binary Merkle tree with domain separation (RFC 6962's 0x00 leaf and 0x01 node prefixes): leaves are paired left to right,
/// an odd node at the end of a level goes up unchanged, and the root of no leaf is SHA-256 of nothing.
/// </summary>
public static class MerkleTree
{
    public static byte[] HashLeaf(ReadOnlySpan<byte> data)
    {
        var buffer = new byte[data.Length + 1];
        data.CopyTo(buffer.AsSpan(1));
        return SHA256.HashData(buffer);
    }

    public static byte[] HashNode(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[1 + 32 + 32];
        buffer[0] = 1;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[33..]);
        return SHA256.HashData(buffer);
    }

    public static byte[] Root(IReadOnlyList<byte[]> leaves)
    {
        if (leaves.Count == 0)
        {
            return SHA256.HashData(ReadOnlySpan<byte>.Empty);
        }

        var level = leaves;
        while (level.Count > 1)
        {
            var next = new List<byte[]>((level.Count + 1) / 2);
            for (var i = 0; i < level.Count; i += 2)
            {
                next.Add(i + 1 < level.Count ? HashNode(level[i], level[i + 1]) : level[i]);
            }

            level = next;
        }

        return level[0];
    }
}

/// <summary>
/// The same root as <see cref="MerkleTree.Root"/>, built from leaves given one at a time while holding one pending node per
/// level: a seal of any size is checked in memory that grows with its logarithm.
/// </summary>
public sealed class MerkleRootBuilder
{
    private readonly List<byte[]?> _pending = [];

    public void Add(byte[] leafHash)
    {
        var node = leafHash;
        for (var level = 0; ; level++)
        {
            if (level == _pending.Count)
            {
                _pending.Add(null);
            }

            if (_pending[level] is not { } left)
            {
                _pending[level] = node;
                return;
            }

            _pending[level] = null;
            node = MerkleTree.HashNode(left, node);
        }
    }

    public byte[] Root()
    {
        byte[]? carry = null;
        foreach (var pending in _pending)
        {
            // An odd node at the end of a level goes up unchanged; a pending node pairs with what came up from below.
            carry = (pending, carry) switch
            {
                (null, _) => carry,
                (_, null) => pending,
                _ => MerkleTree.HashNode(pending, carry),
            };
        }

        return carry ?? MerkleTree.Root([]);
    }
}
