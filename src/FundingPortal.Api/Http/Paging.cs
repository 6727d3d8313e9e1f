using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FundingPortal.Api.Http;

/// <summary>The lists' <c>limit</c> and <c>cursor</c> query parameters, checked once before the use case reads a page.</summary>
public static class Paging
{
    public static async Task<Results<Ok<Page<T>>, ProblemHttpResult>> Read<T>(int? limit, string? cursor, Func<PageRequest, Task<Result<Page<T>>>> read)
    {
        var page = PageRequest.From(limit, cursor);
        return page.IsSuccess ? (await read(page.Value)).ToResult() : page.Error!.ToProblem();
    }
}
