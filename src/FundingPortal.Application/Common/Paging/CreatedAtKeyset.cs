using System.Globalization;
using System.Linq.Expressions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Common.Paging;

/// <summary>
/// Keyset paging of a list ordered by (creation instant, id), newest first: the next page starts strictly after the
/// last row read, so rows inserted while a client pages are neither repeated nor make it skip one.
/// </summary>
public sealed class CreatedAtKeyset(IPageCursors cursors)
{
    public static readonly Error InvalidCursor =
        Error.Field("cursor", "invalid_cursor", "'cursor' is not a cursor of this list: start again without it, then pass the nextCursor of each page.");

    /// <summary>Reads one page of <paramref name="query"/>, each row projected by <paramref name="select"/>.</summary>
    public async Task<Result<Page<TItem>>> Read<TRow, TItem>(string list, IQueryable<TRow> query, Expression<Func<TRow, DateTimeOffset>> createdAt,
        Expression<Func<TRow, Guid>> id, Expression<Func<TRow, TItem>> select, PageRequest page, CancellationToken ct)
    {
        if (page.Cursor is { } cursor)
        {
            if (await cursors.Open(list, cursor, ct) is not [var ticks, var lastId]
                || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks)
                || utcTicks > DateTimeOffset.MaxValue.UtcTicks
                || !Guid.TryParseExact(lastId, "N", out var after))
            {
                return InvalidCursor;
            }

            query = query.Where(After(createdAt, id, new Position(new DateTimeOffset(utcTicks, TimeSpan.Zero), after)));
        }

        var rows = await query.OrderByDescending(createdAt).ThenByDescending(id).Take(page.Limit + 1).Select(WithKey(createdAt, id, select)).ToListAsync(ct);
        if (rows.Count <= page.Limit)
        {
            return new Page<TItem>(rows.Select(r => r.Item).ToList(), null);
        }

        var last = rows[page.Limit - 1];
        var next = await cursors.Seal(list, [last.At.UtcTicks.ToString(CultureInfo.InvariantCulture), last.Id.ToString("N")], ct);
        return new Page<TItem>(rows.Take(page.Limit).Select(r => r.Item).ToList(), next);
    }

    // created_at < @at OR (created_at = @at AND id < @id), in the database's own uuid order.
    private static Expression<Func<TRow, bool>> After<TRow>(Expression<Func<TRow, DateTimeOffset>> createdAt, Expression<Func<TRow, Guid>> id, Position position)
    {
        var row = createdAt.Parameters[0];
        var idBody = Rebind(id, row);
        var bound = Expression.Constant(position);
        var at = Expression.Property(bound, nameof(Position.At));
        var compareIds = Expression.Call(idBody, typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!, Expression.Property(bound, nameof(Position.Id)));
        var body = Expression.OrElse(
            Expression.LessThan(createdAt.Body, at),
            Expression.AndAlso(Expression.Equal(createdAt.Body, at), Expression.LessThan(compareIds, Expression.Constant(0))));
        return Expression.Lambda<Func<TRow, bool>>(body, row);
    }

    private static Expression<Func<TRow, Keyed<TItem>>> WithKey<TRow, TItem>(Expression<Func<TRow, DateTimeOffset>> createdAt, Expression<Func<TRow, Guid>> id,
        Expression<Func<TRow, TItem>> select)
    {
        var row = createdAt.Parameters[0];
        var constructor = typeof(Keyed<TItem>).GetConstructor([typeof(DateTimeOffset), typeof(Guid), typeof(TItem)])!;
        return Expression.Lambda<Func<TRow, Keyed<TItem>>>(Expression.New(constructor, createdAt.Body, Rebind(id, row), Rebind(select, row)), row);
    }

    private static Expression Rebind(LambdaExpression lambda, ParameterExpression row) => new ParameterSwap(lambda.Parameters[0], row).Visit(lambda.Body);

    // Read through a member so EF Core sends the position as parameters (one cached plan), not literals.
    private sealed record Position(DateTimeOffset At, Guid Id);

    private sealed record Keyed<TItem>(DateTimeOffset At, Guid Id, TItem Item);

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
