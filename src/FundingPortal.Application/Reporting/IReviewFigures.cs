namespace FundingPortal.Application.Reporting;

public sealed record ReviewCount(int Submitted, int Total);

public sealed record OverdueExpert(Guid ExpertId, string DisplayName, Guid CallId, int OverdueReviews, DateTimeOffset DueAt);

/// <summary>
/// What the dashboard and the exports need from expert review (implemented over assignments and evaluations).
/// </summary>
public interface IReviewFigures
{
    bool Available { get; }

    Task<IReadOnlyDictionary<Guid, ReviewCount>> ProgressPerCall(IReadOnlyCollection<Guid> callIds, CancellationToken ct);

    Task<IReadOnlyList<OverdueExpert>> OverdueExperts(DateTimeOffset now, CancellationToken ct);

    /// <summary>Weighted mean of the submitted reviews per dossier of the call (dossiers without reviews are left out).</summary>
    Task<IReadOnlyDictionary<Guid, decimal>> WeightedScores(Guid callId, CancellationToken ct);
}
