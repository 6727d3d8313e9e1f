using System.Security.Cryptography;
using System.Text;
using FundingPortal.Domain.Audit;

namespace FundingPortal.Domain.UnitTests.Audit;

public sealed class MerkleTreeTests
{
    [Fact]
    public void The_root_of_two_leaves_is_the_node_hash_of_their_leaf_hashes()
    {
        var a = new ChainHead("call", Guid.Parse("00000000-0000-0000-0000-000000000001"), 2, new string('a', 64));
        var b = new ChainHead("proposal", Guid.Parse("00000000-0000-0000-0000-000000000002"), 5, new string('b', 64));
        var leafA = SHA256.HashData([0x00, .. Encoding.UTF8.GetBytes($"call\n00000000-0000-0000-0000-000000000001\n2\n{new string('a', 64)}")]);
        var leafB = SHA256.HashData([0x00, .. Encoding.UTF8.GetBytes($"proposal\n00000000-0000-0000-0000-000000000002\n5\n{new string('b', 64)}")]);

        Assert.Equal(SHA256.HashData([0x01, .. leafA, .. leafB]), MerkleTree.Root([a.LeafHash(), b.LeafHash()]));
    }

    [Fact]
    public void An_odd_node_goes_up_unchanged_and_no_leaf_gives_the_hash_of_nothing()
    {
        byte[][] leaves = [[1], [2], [3]];
        var hashed = leaves.Select(l => MerkleTree.HashLeaf(l)).ToList();
        Assert.Equal(MerkleTree.HashNode(MerkleTree.HashNode(hashed[0], hashed[1]), hashed[2]), MerkleTree.Root(hashed));
        Assert.Equal(SHA256.HashData([]), MerkleTree.Root([]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(64)]
    [InlineData(100)]
    [InlineData(1025)]
    public void The_streaming_builder_gives_the_same_root_as_the_whole_tree(int count)
    {
        var leaves = Enumerable.Range(0, count).Select(i => MerkleTree.HashLeaf(BitConverter.GetBytes(i))).ToList();
        var builder = new MerkleRootBuilder();
        leaves.ForEach(builder.Add);
        Assert.Equal(MerkleTree.Root(leaves), builder.Root());
    }

    [Fact]
    public void A_seal_sorts_its_heads_by_type_then_id_whatever_order_they_came_in()
    {
        var heads = new[]
        {
            new ChainHead("proposal", Guid.Parse("b0000000-0000-0000-0000-000000000000"), 1, new string('1', 64)),
            new ChainHead("call", Guid.Parse("f0000000-0000-0000-0000-000000000000"), 1, new string('2', 64)),
            new ChainHead("proposal", Guid.Parse("a0000000-0000-0000-0000-000000000000"), 1, new string('3', 64)),
        };
        var now = new DateTimeOffset(2026, 12, 6, 22, 55, 0, TimeSpan.Zero);

        var seal = AuditSeal.Over(heads, new DateOnly(2026, 12, 6), now);
        var reversed = AuditSeal.Over(heads.Reverse(), new DateOnly(2026, 12, 6), now);

        Assert.Equal(["call", "proposal", "proposal"], seal.Heads.Select(h => h.StreamType));
        Assert.Equal('a', seal.Heads.ElementAt(1).StreamId.ToString()[0]);
        Assert.Equal(seal.Digest, reversed.Digest);
        Assert.Equal(3, seal.Streams);
        Assert.Equal("2026-12-06-225500Z.json", seal.FileName);
    }
}
