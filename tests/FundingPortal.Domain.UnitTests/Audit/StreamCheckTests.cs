using FundingPortal.Domain.Audit;

namespace FundingPortal.Domain.UnitTests.Audit;

public sealed class StreamCheckTests
{
    private static readonly Guid StreamId = Guid.Parse("11111111-2222-3333-4444-555555555555");
    private static readonly DateTimeOffset At = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    private static List<AuditEntry> Chain(int length, Func<int, string>? details = null)
    {
        var entries = new List<AuditEntry>();
        for (var i = 1; i <= length; i++)
        {
            entries.Add(AuditEntry.Append("proposal", StreamId, entries.LastOrDefault(), At.AddMinutes(i), null, $"step_{i}", null, null, details?.Invoke(i) ?? $"{{\"n\":{i}}}"));
        }

        return entries;
    }

    private static List<AuditFailure> Check(IEnumerable<AuditEntry> entries, ChainHead? sealedHead = null)
    {
        var check = new StreamCheck("proposal", StreamId, sealedHead);
        return [.. entries.SelectMany(check.Next).ToList(), .. check.End()];
    }

    private static ChainHead HeadOf(AuditEntry entry) => new(entry.StreamType, entry.StreamId, entry.Sequence, entry.Hash);

    [Fact]
    public void An_untouched_chain_matching_its_seal_has_no_failure()
    {
        var chain = Chain(5);
        Assert.Empty(Check(chain, HeadOf(chain[2])));
        Assert.Empty(Check(chain, HeadOf(chain[4])));
    }

    [Fact]
    public void A_rewritten_chain_is_consistent_on_its_own_and_only_the_sealed_head_names_it()
    {
        var chain = Chain(4);
        var rewritten = Chain(4, i => i == 2 ? "{\"n\":\"forged\"}" : $"{{\"n\":{i}}}");

        Assert.Empty(Check(rewritten));
        Assert.Equal([new AuditFailure($"proposal/{StreamId}", 4, null, AuditFailureReasons.HeadMismatch)], Check(rewritten, HeadOf(chain[3])));
    }

    [Fact]
    public void A_cut_tail_is_named_against_the_seal_and_a_cut_middle_by_the_gap()
    {
        var chain = Chain(5);
        Assert.Equal([new AuditFailure($"proposal/{StreamId}", 5, null, AuditFailureReasons.TailRemoved)], Check(chain.Take(3), HeadOf(chain[4])));
        Assert.Equal([new AuditFailure($"proposal/{StreamId}", 5, null, AuditFailureReasons.StreamRemoved)], Check([], HeadOf(chain[4])));
        Assert.Equal([new AuditFailure($"proposal/{StreamId}", 4, null, AuditFailureReasons.SequenceGap)], Check(chain.Where(e => e.Sequence != 3)));
    }
}
