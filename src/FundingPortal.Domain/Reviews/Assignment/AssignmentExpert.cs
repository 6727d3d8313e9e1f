namespace FundingPortal.Domain.Reviews.Assignment;

/// <param name="CurrentLoad">Assignments the expert already holds (including those listed on the proposals).</param>
/// <param name="MaxLoad">Optional ceiling on the expert's total load; null means unlimited.</param>
public sealed record AssignmentExpert(
    Guid ExpertId,
    IReadOnlyCollection<string> Expertise,
    int CurrentLoad,
    int? MaxLoad = null);
