using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Common.Paging;

/// <summary>
/// What a searchable list was asked for: words (<c>q</c>, matched case-insensitively anywhere in the list's text
/// columns) and a named order (<c>sort</c>). Parsed once here for every list, so each refuses bad input alike.
/// </summary>
public sealed record ListSearch(string? Words, string? Sort)
{
    public const int MaxLength = 100;

    public static readonly ListSearch None = new(null, null);

    public static Result<ListSearch> From(string? q, string? sort)
    {
        if (q?.Trim().Length > MaxLength)
        {
            return Error.Field("q", "validation_failed", $"The search is {MaxLength} characters at most.");
        }

        return new ListSearch(string.IsNullOrWhiteSpace(q) ? null : q.Trim().ToLowerInvariant(), string.IsNullOrWhiteSpace(sort) ? null : sort.Trim());
    }

    /// <summary>The words as a LIKE pattern, or null when there are none.</summary>
    public string? Pattern => Words is null ? null : LikePattern(Words);

    /// <summary>Words as typed, "%" and "_" included, as a LIKE pattern found anywhere (escape character "\").</summary>
    public static string LikePattern(string words) =>
        "%" + words.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
