using FundingPortal.Application.Clusters;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calls.ListCalls;

/// <summary>
/// The calls the caller may see, a page at a time: managers those of their own cluster, drafts too; others the published ones of every cluster. Newest first,
/// or by deadline or title; searched in the title and the programme.
/// </summary>
public sealed class ListCalls(ManagerScope scope, TimeProvider clock, SortedLists lists)
{
    public static readonly ListOrders<Call> Orders = new ListOrders<Call>("calls", c => c.Id, "-created")
        .By("created", c => c.CreatedAt)
        .By("deadline", c => c.Timeline.SubmissionDeadline.Utc)
        .By("title", c => c.Title.ToLower());

    public Task<Result<Page<CallSummary>>> Handle(PageRequest page, CancellationToken ct) => Handle(ListSearch.None, page, ct);

    public async Task<Result<Page<CallSummary>>> Handle(ListSearch search, PageRequest page, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var query = scope.Calls().AsNoTracking();
        if (!scope.IsManager)
        {
            query = query.Where(c => c.PublishedAt != null);
        }

        if (search.Pattern is { } pattern)
        {
            query = query.Where(c => EF.Functions.Like(c.Title.ToLower(), pattern, "\\") || EF.Functions.Like((c.Programme ?? "").ToLower(), pattern, "\\"));
        }

        var read = await lists.Read(Orders, query, search, c => c, page, ct);
        return read.Map(calls => new Page<CallSummary>(calls.Items.Select(c => new CallSummary(c.Id, c.Title, c.Programme, c.StatusAt(now),
            InstantDto.From(c.Timeline.OpensAt), InstantDto.From(c.Timeline.SubmissionDeadline), c.ClusterId)).ToList(), calls.NextCursor) { Total = calls.Total });
    }
}
