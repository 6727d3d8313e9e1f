using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Reviews.Assignments.ListMyAssignments;

public sealed class ListMyAssignments(AssignmentViews views)
{
    public Task<Result<IReadOnlyList<MyAssignmentDto>>> Handle(CancellationToken ct) => views.ListMine(ct);
}
