using FundingPortal.Domain.Reviews;

namespace FundingPortal.Application.Reviews.Reviewing;

/// <summary>A draft replaces the previous one: scores and comments per criterion key, all optional until submission.</summary>
public sealed record ReviewRequest(
    IReadOnlyDictionary<string, decimal?>? Scores,
    IReadOnlyDictionary<string, string?>? Comments,
    string? OverallComment,
    Recommendation? Recommendation)
{
    public ReviewDraft ToDraft() =>
        new(Scores ?? new Dictionary<string, decimal?>(), Comments ?? new Dictionary<string, string?>(), OverallComment, Recommendation);
}

public sealed record ReviewDto(
    Guid AssignmentId,
    Guid ProposalId,
    AssignmentStatus Status,
    IReadOnlyDictionary<string, decimal> Scores,
    IReadOnlyDictionary<string, string> Comments,
    string? OverallComment,
    Recommendation? Recommendation,
    IReadOnlyList<string> Missing,
    bool Locked,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? SubmittedAt);
