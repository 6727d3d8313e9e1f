using System.Globalization;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FundingPortal.Api.Http;

/// <summary>The lists' <c>limit</c> and <c>cursor</c> (and <c>q</c>, <c>sort</c>) query parameters, checked once before the use case reads a page.</summary>
public static class Paging
{
    public static async Task<Results<Ok<Page<T>>, ProblemHttpResult>> Read<T>(int? limit, string? cursor, Func<PageRequest, Task<Result<Page<T>>>> read)
    {
        var page = PageRequest.From(limit, cursor);
        return page.IsSuccess ? (await read(page.Value)).ToResult() : page.Error!.ToProblem();
    }

    /// <summary>A searchable list: <c>q</c> and <c>sort</c> (invalid_sort for an order the list does not have) on top of the page.</summary>
    public static async Task<Results<Ok<Page<T>>, ProblemHttpResult>> Read<T>(int? limit, string? cursor, string? q, string? sort,
        Func<ListSearch, PageRequest, Task<Result<Page<T>>>> read)
    {
        var search = ListSearch.From(q, sort);
        return search.IsSuccess ? await Read(limit, cursor, page => read(search.Value, page)) : search.Error!.ToProblem();
    }

    /// <summary>
    /// A searchable list whose contract is a plain array (the admin users, the organisation finder): the page's items are
    /// the array, and the count of every match and the next page travel in headers (<see cref="TotalHeader"/>, a
    /// <c>Link</c> with <c>rel="next"</c>), so the shape api.md fixes is kept and a client may still page.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<T>>, ProblemHttpResult>> ReadArray<T>(HttpContext http, int? limit, string? cursor, string? q,
        string? sort, Func<ListSearch, PageRequest, Task<Result<Page<T>>>> read)
    {
        var search = ListSearch.From(q, sort);
        var page = PageRequest.From(limit, cursor);
        if (!search.IsSuccess || !page.IsSuccess)
        {
            return (search.IsSuccess ? page.Error! : search.Error!).ToProblem();
        }

        var answer = await read(search.Value, page.Value);
        if (!answer.IsSuccess)
        {
            return answer.Error!.ToProblem();
        }

        http.Response.Headers[TotalHeader] = (answer.Value.Total ?? answer.Value.Items.Count).ToString(CultureInfo.InvariantCulture);
        if (answer.Value.NextCursor is { } next)
        {
            http.Response.Headers.Link = $"<{NextLink(http.Request, next)}>; rel=\"next\"";
        }

        return TypedResults.Ok(answer.Value.Items);
    }

    public const string TotalHeader = "X-Total-Count";

    private static string NextLink(HttpRequest request, string cursor)
    {
        var query = request.Query.Where(p => p.Key != "cursor").SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>("cursor", cursor));
        return request.PathBase + request.Path + QueryString.Create(query).ToUriComponent();
    }

    /// <summary>A searchable list answered whole (a dossier's thread): <c>q</c> and <c>sort</c> only.</summary>
    public static async Task<Results<Ok<T>, ProblemHttpResult>> Search<T>(string? q, string? sort, Func<ListSearch, Task<Result<T>>> read)
    {
        var search = ListSearch.From(q, sort);
        return search.IsSuccess ? (await read(search.Value)).ToResult() : search.Error!.ToProblem();
    }
}
