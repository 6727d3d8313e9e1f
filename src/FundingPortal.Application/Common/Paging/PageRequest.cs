using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Common.Paging;

/// <summary>One page of a list as the caller asked for it: at most <see cref="Limit"/> items after <see cref="Cursor"/>.</summary>
public sealed record PageRequest(int Limit, string? Cursor)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static readonly PageRequest First = new(DefaultLimit, null);

    public static Result<PageRequest> From(int? limit, string? cursor)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Error.Field("limit", "invalid_limit", $"'limit' must be between 1 and {MaxLimit}.");
        }

        return new PageRequest(limit ?? DefaultLimit, string.IsNullOrEmpty(cursor) ? null : cursor);
    }
}
