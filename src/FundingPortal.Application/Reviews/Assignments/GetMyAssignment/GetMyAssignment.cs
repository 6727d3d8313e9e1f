using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Reviews.Assignments.GetMyAssignment;

public sealed class GetMyAssignment(AssignmentViews views)
{
    public Task<Result<MyAssignmentDto>> Handle(Guid assignmentId, CancellationToken ct) => views.Mine(assignmentId, ct);
}
