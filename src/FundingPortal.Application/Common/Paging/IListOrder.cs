using System.Linq.Expressions;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Common.Paging;

/// <summary>One named order of a list (<see cref="ListOrders{TRow}"/>), able to read a page of it by keyset.</summary>
public interface IListOrder<TRow>
{
    string Name { get; }

    /// <summary>The whole of <paramref name="query"/> in this order, for the lists that are not paged (a dossier's thread).</summary>
    IOrderedQueryable<TRow> Sort(IQueryable<TRow> query);

    /// <summary>
    /// One page of <paramref name="query"/> in this order, after the position sealed in the page's cursor. The cursor
    /// carries the sort key and the id of the last row read, and is bound to this list and this order: a cursor of
    /// another order is refused (invalid_cursor) instead of paging from a position that means nothing there.
    /// </summary>
    Task<Result<Page<TItem>>> Read<TItem>(IQueryable<TRow> query, Expression<Func<TRow, TItem>> select, PageRequest page, IPageCursors cursors,
        CancellationToken ct);

    /// <summary>
    /// One page of rows the list had to read whole (the ranking's figures, computed in rank order), in this order and after
    /// the cursor's position, compared in memory (text ordinally) with the same signed cursor as <see cref="Read{TItem}"/>.
    /// </summary>
    Task<Result<Page<TRow>>> ReadLoaded(IReadOnlyList<TRow> rows, PageRequest page, IPageCursors cursors, CancellationToken ct);
}
