using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Reviews.Assignments.ListMyAssignments;

public sealed class ListMyAssignments(AssignmentViews views)
{
    public Task<Result<Page<MyAssignmentDto>>> Handle(PageRequest page, CancellationToken ct) => views.ListMine(ListSearch.None, page, ct);

    public Task<Result<Page<MyAssignmentDto>>> Handle(ListSearch search, PageRequest page, CancellationToken ct) => views.ListMine(search, page, ct);
}
