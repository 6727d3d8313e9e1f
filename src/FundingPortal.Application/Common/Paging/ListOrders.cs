using System.Linq.Expressions;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Common.Paging;

/// <summary>
/// The named orders a list may be sorted by: <c>title</c> ascending, <c>-title</c> descending, each ending with the id so
/// that the order is total and a keyset can page through it. Unknown names are refused with 400 <c>invalid_sort</c>.
/// </summary>
public sealed class ListOrders<TRow>(string list, Expression<Func<TRow, Guid>> id, string defaultSort)
{
    public static readonly string Parameter = "sort";

    private readonly Dictionary<string, IListOrder<TRow>> _orders = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => _orders.Keys;

    public IListOrder<TRow> Default => _orders[defaultSort];

    public string DefaultName => defaultSort;

    /// <summary>Adds <paramref name="name"/> (ascending) and <c>-name</c> (descending).</summary>
    public ListOrders<TRow> By<TKey>(string name, Expression<Func<TRow, TKey>> key)
        where TKey : IComparable<TKey>
    {
        _orders[name] = new ListOrder<TRow, TKey>(list, name, key, id, Descending: false);
        _orders["-" + name] = new ListOrder<TRow, TKey>(list, "-" + name, key, id, Descending: true);
        return this;
    }

    /// <summary>The order named by the caller's <c>sort</c>, or the default when none is given.</summary>
    public Result<IListOrder<TRow>> Parse(string? sort)
    {
        if (string.IsNullOrWhiteSpace(sort))
        {
            return Result<IListOrder<TRow>>.Success(Default);
        }

        return _orders.TryGetValue(sort.Trim(), out var order)
            ? Result<IListOrder<TRow>>.Success(order)
            : Error.Field("sort", "invalid_sort", $"'sort' is one of: {string.Join(", ", Names)}.");
    }
}
