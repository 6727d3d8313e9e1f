using System.Buffers.Text;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Common.Paging;

/// <summary>
/// Keyset paging in one named order: (key, id) ascending or descending; the next page starts strictly after the last
/// (key, id) read, so paging through a sorted list neither repeats nor skips a row.
/// </summary>
internal sealed record ListOrder<TRow, TKey>(string List, string Name, Expression<Func<TRow, TKey>> Key, Expression<Func<TRow, Guid>> Id, bool Descending)
    : IListOrder<TRow>
    where TKey : IComparable<TKey>
{
    private string CursorScope => $"{List}:{Name}";

    public async Task<Result<Page<TItem>>> Read<TItem>(IQueryable<TRow> query, Expression<Func<TRow, TItem>> select, PageRequest page, IPageCursors cursors,
        CancellationToken ct)
    {
        if (page.Cursor is { } cursor)
        {
            if (await cursors.Open(CursorScope, cursor, ct) is not [var key, var lastId]
                || !KeyText.TryRead(key, out TKey? after) || !Guid.TryParseExact(lastId, "N", out var afterId))
            {
                return CreatedAtKeyset.InvalidCursor;
            }

            query = query.Where(After(new Position(after!, afterId)));
        }

        var rows = await Sort(query).Take(page.Limit + 1).Select(WithKey(select)).ToListAsync(ct);
        if (rows.Count <= page.Limit)
        {
            return new Page<TItem>(rows.Select(r => r.Item).ToList(), null);
        }

        var last = rows[page.Limit - 1];
        var next = await cursors.Seal(CursorScope, [KeyText.Write(last.Key), last.Id.ToString("N")], ct);
        return new Page<TItem>(rows.Take(page.Limit).Select(r => r.Item).ToList(), next);
    }

    public async Task<Result<Page<TRow>>> ReadLoaded(IReadOnlyList<TRow> rows, PageRequest page, IPageCursors cursors, CancellationToken ct)
    {
        var (key, id) = (Key.Compile(), Id.Compile());
        IComparer<TKey> keys = typeof(TKey) == typeof(string) ? (IComparer<TKey>)(object)StringComparer.Ordinal : Comparer<TKey>.Default;
        var sorted = (Descending ? rows.OrderByDescending(key, keys).ThenByDescending(id) : rows.OrderBy(key, keys).ThenBy(id)).AsEnumerable();
        if (page.Cursor is { } cursor)
        {
            if (await cursors.Open(CursorScope, cursor, ct) is not [var keyText, var lastId]
                || !KeyText.TryRead(keyText, out TKey? after) || !Guid.TryParseExact(lastId, "N", out var afterId))
            {
                return CreatedAtKeyset.InvalidCursor;
            }

            var sign = Descending ? -1 : 1;
            sorted = sorted.Where(r => sign * keys.Compare(key(r), after!) is var k && (k > 0 || (k == 0 && sign * id(r).CompareTo(afterId) > 0)));
        }

        var read = sorted.Take(page.Limit + 1).ToList();
        if (read.Count <= page.Limit)
        {
            return new Page<TRow>(read, null);
        }

        var last = read[page.Limit - 1];
        return new Page<TRow>(read.Take(page.Limit).ToList(), await cursors.Seal(CursorScope, [KeyText.Write(key(last)), id(last).ToString("N")], ct));
    }

    public IOrderedQueryable<TRow> Sort(IQueryable<TRow> query) =>
        Descending ? query.OrderByDescending(Key).ThenByDescending(Id) : query.OrderBy(Key).ThenBy(Id);

    // Ascending: key > @key OR (key = @key AND id > @id); descending the other way round, in the database's own order.
    private Expression<Func<TRow, bool>> After(Position position)
    {
        var row = Key.Parameters[0];
        var bound = Expression.Constant(position);
        var key = Key.Body;
        var id = Rebind(Id, row);
        var beyond = Descending ? ExpressionType.LessThan : ExpressionType.GreaterThan;
        var body = Expression.OrElse(
            Compare(key, Expression.Property(bound, nameof(Position.Key)), beyond),
            Expression.AndAlso(Expression.Equal(key, Expression.Property(bound, nameof(Position.Key))),
                Compare(id, Expression.Property(bound, nameof(Position.Id)), beyond)));
        return Expression.Lambda<Func<TRow, bool>>(body, row);
    }

    // Strings and Guids have no < operator in C#: compared through CompareTo, which EF Core turns into SQL's < and >.
    private static BinaryExpression Compare(Expression left, Expression right, ExpressionType comparison) =>
        left.Type == typeof(string) || left.Type == typeof(Guid)
            ? Expression.MakeBinary(comparison, Expression.Call(left, left.Type.GetMethod(nameof(IComparable.CompareTo), [left.Type])!, right), Expression.Constant(0))
            : Expression.MakeBinary(comparison, left, right);

    private Expression<Func<TRow, Keyed<TItem>>> WithKey<TItem>(Expression<Func<TRow, TItem>> select)
    {
        var row = Key.Parameters[0];
        var constructor = typeof(Keyed<TItem>).GetConstructor([typeof(TKey), typeof(Guid), typeof(TItem)])!;
        return Expression.Lambda<Func<TRow, Keyed<TItem>>>(Expression.New(constructor, Key.Body, Rebind(Id, row), Rebind(select, row)), row);
    }

    private static Expression Rebind(LambdaExpression lambda, ParameterExpression row) => new ParameterSwap(lambda.Parameters[0], row).Visit(lambda.Body);

    // Read through a member so EF Core sends the position as parameters (one cached plan), not literals.
    private sealed record Position(TKey Key, Guid Id);

    private sealed record Keyed<TItem>(TKey Key, Guid Id, TItem Item);

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    /// <summary>A sort key as cursor text: instants as UTC ticks, numbers invariant, text as base64url (it may hold any character).</summary>
    private static class KeyText
    {
        public static string Write(TKey key) => key switch
        {
            DateTimeOffset at => at.UtcTicks.ToString(CultureInfo.InvariantCulture),
            int number => number.ToString(CultureInfo.InvariantCulture),
            string text => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text)),
            _ => throw new NotSupportedException($"No cursor text for a {typeof(TKey).Name} key."),
        };

        public static bool TryRead(string text, out TKey? key)
        {
            object? read = typeof(TKey) switch
            {
                var t when t == typeof(DateTimeOffset) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                    && ticks <= DateTimeOffset.MaxValue.UtcTicks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null,
                var t when t == typeof(int) => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null,
                var t when t == typeof(string) => Base64Url.IsValid(text) ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)) : null,
                _ => null,
            };
            key = read is TKey typed ? typed : default;
            return read is not null;
        }
    }
}
