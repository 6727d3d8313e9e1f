using System.Linq.Expressions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Common.Paging;

/// <summary>Reads a page of a searchable list in the order the caller named, with the count of every match over all pages.</summary>
public sealed class SortedLists(IPageCursors cursors)
{
    /// <param name="matching">The rows the caller may see that match the search (the count is theirs).</param>
    public async Task<Result<Page<TItem>>> Read<TRow, TItem>(ListOrders<TRow> orders, IQueryable<TRow> matching, ListSearch search,
        Expression<Func<TRow, TItem>> select, PageRequest page, CancellationToken ct)
    {
        var order = orders.Parse(search.Sort);
        if (!order.IsSuccess)
        {
            return order.Error!;
        }

        var read = await order.Value.Read(matching, select, page, cursors, ct);
        return read.IsSuccess ? read.Value with { Total = await matching.CountAsync(ct) } : read;
    }
}
