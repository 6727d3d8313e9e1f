using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Reviews.Assignments.ListMyAssignments;

public sealed class ListMyAssignments(AssignmentViews views)
{
    public Task<Result<Page<MyAssignmentDto>>> Handle(PageRequest page, CancellationToken ct) => views.ListMine(page, ct);
}
