namespace FundingPortal.Application.Reporting;

public sealed record ReviewProgress(int Submitted, int Total);

public sealed record OverdueExpert(Guid ExpertId, string DisplayName, Guid CallId, int OverdueReviews, DateTimeOffset DueAt);

/// <summary>
/// What the dashboard and the exports need from expert review. The review area implements it over its assignments
/// and reviews; until then <see cref="NoReviewFiguresYet"/> answers, and responses say so (reviewFiguresAvailable: false).
/// </summary>
public interface IReviewFigures
{
    bool Available { get; }

    Task<IReadOnlyDictionary<Guid, ReviewProgress>> ProgressPerCall(IReadOnlyCollection<Guid> callIds, CancellationToken ct);

    Task<IReadOnlyList<OverdueExpert>> OverdueExperts(DateTimeOffset now, CancellationToken ct);

    /// <summary>Weighted mean of the submitted reviews per dossier of the call (dossiers without reviews are left out).</summary>
    Task<IReadOnlyDictionary<Guid, decimal>> WeightedScores(Guid callId, CancellationToken ct);
}

// TODO(integration): the review branch owns the assignments and reviews tables; register its implementation of
// IReviewFigures (it replaces this one, which is added with TryAdd) once both are on main.
public sealed class NoReviewFiguresYet : IReviewFigures
{
    public bool Available => false;

    public Task<IReadOnlyDictionary<Guid, ReviewProgress>> ProgressPerCall(IReadOnlyCollection<Guid> callIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<Guid, ReviewProgress>>(callIds.ToDictionary(id => id, _ => new ReviewProgress(0, 0)));

    public Task<IReadOnlyList<OverdueExpert>> OverdueExperts(DateTimeOffset now, CancellationToken ct) => Task.FromResult<IReadOnlyList<OverdueExpert>>([]);

    public Task<IReadOnlyDictionary<Guid, decimal>> WeightedScores(Guid callId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<Guid, decimal>>(new Dictionary<Guid, decimal>());
}
