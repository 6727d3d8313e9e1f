using FundingPortal.Domain.Calls;

namespace FundingPortal.Domain.Reviews;

/// <summary>An expert's scores and comments on one dossier; part of the assignment it answers.</summary>
public sealed class Review
{
    private Dictionary<string, decimal> _scores = [];
    private Dictionary<string, string> _comments = [];

    public IReadOnlyDictionary<string, decimal> Scores => _scores;
    public IReadOnlyDictionary<string, string> Comments => _comments;
    public string? OverallComment { get; private set; }
    public Recommendation? Recommendation { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>Field names still missing for a complete review: a score for every criterion and a recommendation.</summary>
    public IReadOnlyList<string> MissingFor(EvaluationGrid grid)
    {
        var missing = grid.Criteria.Where(c => !Scores.ContainsKey(c.Key)).Select(c => $"scores.{c.Key}").ToList();
        if (Recommendation is null)
        {
            missing.Add("recommendation");
        }

        return missing;
    }

    internal void Apply(ReviewDraft draft, DateTimeOffset now)
    {
        _scores = draft.Scores.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!.Value, StringComparer.Ordinal);
        _comments = draft.Comments.Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value!.Trim(), StringComparer.Ordinal);
        OverallComment = string.IsNullOrWhiteSpace(draft.OverallComment) ? null : draft.OverallComment.Trim();
        Recommendation = draft.Recommendation;
        UpdatedAt = now;
    }

    internal void MarkSubmitted(DateTimeOffset now) => SubmittedAt = now;

    /// <summary>Retention (ADR 0033): the written comments go, the scores and the recommendation (the evaluation's facts) stay.</summary>
    internal void EraseComments()
    {
        _comments = [];
        OverallComment = null;
    }
}
