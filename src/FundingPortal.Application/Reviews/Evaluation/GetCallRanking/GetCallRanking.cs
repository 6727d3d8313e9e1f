using System.Globalization;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Evaluation.GetCallRanking;

public sealed record RankingEntryDto(
    int Rank,
    Guid ProposalId,
    string Reference,
    string Acronym,
    decimal? WeightedScore,
    bool MeetsThreshold,
    bool Disagreement,
    ProposalStatus Status,
    decimal? InnovationMean,
    decimal? MarketMean,
    int ReviewCount);

/// <summary>
/// The ranking of a call's dossiers in review or decided, read from the per-dossier figures kept on review
/// submission (one indexed scan, no re-aggregation of the scores), a page at a time: the cursor holds the ranking key
/// of the last entry read, so the next page starts right after it.
/// </summary>
public sealed class GetCallRanking(IAppDbContext db, IRankingSource ranking, IPageCursors cursors)
{
    private const string List = "ranking";

    public async Task<Result<Page<RankingEntryDto>>> Handle(Guid callId, PageRequest page, CancellationToken ct)
    {
        if (!await db.Calls.AnyAsync(c => c.Id == callId, ct))
        {
            return Error.NotFound("Call");
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

        var entries = await ranking.Read(callId, after, page.Limit + 1, ct);
        if (entries.Count <= page.Limit)
        {
            return new Page<RankingEntryDto>(entries, null);
        }

        var last = entries[page.Limit - 1];
        var position = new[] { Text(last.WeightedScore), Text(last.InnovationMean), Text(last.MarketMean), last.Reference, last.Rank.ToString(CultureInfo.InvariantCulture) };
        return new Page<RankingEntryDto>(entries.Take(page.Limit).ToList(), await cursors.Seal($"{List}:{callId:N}", position, ct));
    }

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static RankingPosition? Open(IReadOnlyList<string>? position)
    {
        if (position is not [var score, var innovation, var market, var reference, var rankText]
            || !TryDecimal(score, out var s) || !TryDecimal(innovation, out var i) || !TryDecimal(market, out var m)
            || !int.TryParse(rankText, NumberStyles.None, CultureInfo.InvariantCulture, out var rank))
        {
            return null;
        }

        return new RankingPosition(s, i, m, reference, rank);
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
