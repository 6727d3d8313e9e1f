using System.Text.Json.Serialization;

namespace FundingPortal.Application.Common.Paging;

/// <summary>
/// A page of a list: <see cref="NextCursor"/> is null at the end. A page may hold fewer items than asked (items the
/// caller may not see are left out after reading), so only a null cursor says the list is over.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor)
{
    public static Page<T> Empty { get; } = new([], null);

    /// <summary>How many items match over all the pages ("23 results"), on the lists that can be searched; absent elsewhere.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Total { get; init; }
}
