using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Reviews.Reviewing.GetReview;

/// <summary>An expert reads the review of one of their assignments, with what is still missing.</summary>
public sealed class GetReview(ReviewSheets sheets)
{
    public async Task<Result<ReviewDto>> Handle(Guid assignmentId, CancellationToken ct)
    {
        var loaded = await sheets.Load(assignmentId, ct);
        return loaded.IsSuccess ? ReviewSheets.Describe(loaded.Value.Assignment, loaded.Value.Grid) : loaded.Error!;
    }
}
