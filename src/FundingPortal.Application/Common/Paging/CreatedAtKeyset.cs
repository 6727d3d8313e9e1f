using System.Linq.Expressions;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Common.Paging;

/// <summary>
/// Keyset paging of a list ordered by (creation instant, id), newest first: the next page starts strictly after the
/// last row read, so rows inserted while a client pages are neither repeated nor make it skip one. The one order of
/// the lists that cannot be sorted otherwise (<see cref="ListOrder{TRow, TKey}"/> reads it).
/// </summary>
public sealed class CreatedAtKeyset(IPageCursors cursors)
{
    public static readonly Error InvalidCursor =
        Error.Field("cursor", "invalid_cursor", "'cursor' is not a cursor of this list: start again without it, then pass the nextCursor of each page.");

    /// <summary>Reads one page of <paramref name="query"/>, each row projected by <paramref name="select"/>.</summary>
    public Task<Result<Page<TItem>>> Read<TRow, TItem>(string list, IQueryable<TRow> query, Expression<Func<TRow, DateTimeOffset>> createdAt,
        Expression<Func<TRow, Guid>> id, Expression<Func<TRow, TItem>> select, PageRequest page, CancellationToken ct) =>
        new ListOrder<TRow, DateTimeOffset>(list, "-created", createdAt, id, Descending: true).Read(query, select, page, cursors, ct);
}
