using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;

namespace FundingPortal.Web.Pages.Shared;

/// <summary>How pages read the paged lists of the use cases: a page at a time, or whole for pickers and summaries.</summary>
public static class ListPages
{
    /// <summary>What a picker or a summary reads at most (the lists answered plain arrays of this size before paging).</summary>
    public const int MaxItems = 1000;

    /// <summary>The page a list page shows: the first, or the one after <paramref name="cursor"/> (a link's <c>?cursor=</c>).</summary>
    public static async Task<Page<T>> One<T>(string? cursor, Func<PageRequest, Task<Result<Page<T>>>> read)
    {
        var page = await read(new PageRequest(PageRequest.DefaultLimit, string.IsNullOrEmpty(cursor) ? null : cursor));
        if (page.IsSuccess)
        {
            return page.Value;
        }

        // A stale or edited link shows the first page rather than an error: nothing in a cursor is the user's input.
        return cursor is null ? Page<T>.Empty : await One(null, read);
    }

    /// <summary>Every item, page after page, up to <see cref="MaxItems"/>.</summary>
    public static async Task<IReadOnlyList<T>> All<T>(Func<PageRequest, Task<Result<Page<T>>>> read)
    {
        var items = new List<T>();
        string? cursor = null;
        do
        {
            var page = await read(new PageRequest(PageRequest.MaxLimit, cursor));
            if (!page.IsSuccess)
            {
                return items;
            }

            items.AddRange(page.Value.Items);
            cursor = page.Value.NextCursor;
        }
        while (cursor is not null && items.Count < MaxItems);

        return items;
    }
}
