using FundingPortal.Application.Clusters;
using System.Globalization;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Evaluation.GetCallRanking;

/// <summary>
/// One dossier of the ranking. <c>Rank</c> is null while the evaluation is incomplete (fewer reviews in than expected):
/// such dossiers come after the ranked ones, in the same order, with provisional figures.
/// </summary>
public sealed record RankingEntryDto(
    int? Rank,
    Guid ProposalId,
    string Reference,
    string Acronym,
    decimal? WeightedScore,
    bool MeetsThreshold,
    bool Disagreement,
    ProposalStatus Status,
    decimal? InnovationMean,
    decimal? MarketMean,
    int ReviewCount,
    int ReviewsIn,
    int ReviewsExpected,
    bool EvaluationComplete);

/// <summary>A ranking entry with its position in the ranking (ranked first, then incomplete evaluations), the key of the <c>rank</c> order.</summary>
public sealed record RankedEntry(int Position, RankingEntryDto Entry);

/// <summary>
/// The ranking of a call's dossiers in review or decided, read from the per-dossier figures kept on review
/// submission (one indexed scan, no re-aggregation of the scores), a page at a time: the cursor holds the ranking key
/// of the last entry read, so the next page starts right after it.
/// </summary>
public sealed class GetCallRanking(ManagerScope scope, IRankingSource ranking, IPageCursors cursors)
{
    private const string List = "ranking";

    /// <summary>
    /// <c>rank</c> is the ranking itself, read by the database a page at a time; the other orders re-sort the whole ranking
    /// of the call (its ranks computed first), which holds the call's dossiers in review: hundreds at most.
    /// </summary>
    public static readonly ListOrders<RankedEntry> Orders = new ListOrders<RankedEntry>(List, r => r.Entry.ProposalId, "rank")
        .By("rank", r => r.Position)
        .By("reference", r => r.Entry.Reference)
        .By("acronym", r => r.Entry.Acronym.ToLowerInvariant());

    public Task<Result<Page<RankingEntryDto>>> Handle(Guid callId, PageRequest page, CancellationToken ct) => Handle(callId, ListSearch.None, page, ct);

    public async Task<Result<Page<RankingEntryDto>>> Handle(Guid callId, ListSearch search, PageRequest page, CancellationToken ct)
    {
        var order = Orders.Parse(search.Sort);
        if (!order.IsSuccess)
        {
            return order.Error!;
        }

        var expertsPerProposal = await scope.Calls().Where(c => c.Id == callId).Select(c => (int?)c.ExpertsPerProposal).FirstOrDefaultAsync(ct);
        if (expertsPerProposal is null)
        {
            return Error.NotFound("Call");
        }

        if (order.Value != Orders.Default)
        {
            var whole = await ranking.Read(callId, expertsPerProposal.Value, null, int.MaxValue, ct);
            var sorted = await order.Value.ReadLoaded(whole.Select((e, i) => new RankedEntry(i + 1, e)).ToList(), page, cursors, ct);
            return sorted.Map(p => new Page<RankingEntryDto>(p.Items.Select(r => r.Entry).ToList(), p.NextCursor));
        }

        RankingPosition? after = null;
        if (page.Cursor is { } cursor)
        {
            after = Open(await cursors.Open($"{List}:{callId:N}", cursor, ct));
            if (after is null)
            {
                return CreatedAtKeyset.InvalidCursor;
            }
        }

        var entries = await ranking.Read(callId, expertsPerProposal.Value, after, page.Limit + 1, ct);
        if (entries.Count <= page.Limit)
        {
            return new Page<RankingEntryDto>(entries, null);
        }

        var last = entries[page.Limit - 1];
        var position = new[]
        {
            last.EvaluationComplete ? "complete" : "incomplete", Text(last.WeightedScore), Text(last.InnovationMean), Text(last.MarketMean), last.Reference,
            RanksSoFar(after, entries.Take(page.Limit)).ToString(CultureInfo.InvariantCulture),
        };
        return new Page<RankingEntryDto>(entries.Take(page.Limit).ToList(), await cursors.Seal($"{List}:{callId:N}", position, ct));
    }

    private static int RanksSoFar(RankingPosition? after, IEnumerable<RankingEntryDto> page) =>
        page.LastOrDefault(e => e.Rank is not null)?.Rank ?? after?.RanksSoFar ?? 0;

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static RankingPosition? Open(IReadOnlyList<string>? position)
    {
        if (position is not [var completeness and ("complete" or "incomplete"), var score, var innovation, var market, var reference, var rankText]
            || !TryDecimal(score, out var s) || !TryDecimal(innovation, out var i) || !TryDecimal(market, out var m)
            || !int.TryParse(rankText, NumberStyles.None, CultureInfo.InvariantCulture, out var rank))
        {
            return null;
        }

        return new RankingPosition(completeness == "complete", s, i, m, reference, rank);
    }

    private static bool TryDecimal(string text, out decimal? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }

        var ok = decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed);
        value = parsed;
        return ok;
    }
}
