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

    /// <summary>A searchable list answered whole (a dossier's thread): <c>q</c> and <c>sort</c> only.</summary>
    public static async Task<Results<Ok<T>, ProblemHttpResult>> Search<T>(string? q, string? sort, Func<ListSearch, Task<Result<T>>> read)
    {
        var search = ListSearch.From(q, sort);
        return search.IsSuccess ? (await read(search.Value)).ToResult() : search.Error!.ToProblem();
    }
}
