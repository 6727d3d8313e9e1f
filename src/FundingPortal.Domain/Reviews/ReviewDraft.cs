using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Reviews;

/// <summary>What an expert saves: any subset of the grid's scores and comments. Completeness is checked only on submission.</summary>
public sealed record ReviewDraft(
    IReadOnlyDictionary<string, decimal?> Scores,
    IReadOnlyDictionary<string, string?> Comments,
    string? OverallComment,
    Recommendation? Recommendation)
{
    public const int MaxCommentLength = 10_000;
    public const int MaxOverallCommentLength = 20_000;

    /// <summary>Unknown criteria first, then scores off the scale or not on a half point, then lengths.</summary>
    public Result Validate(EvaluationGrid grid)
    {
        var keys = grid.Criteria.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var unknown = Scores.Keys.Where(k => !keys.Contains(k)).Select(k => $"scores.{k}")
            .Concat(Comments.Keys.Where(k => !keys.Contains(k)).Select(k => $"comments.{k}"))
            .ToList();
        if (unknown.Count > 0)
        {
            return Error.Validation("unknown_criterion", $"Unknown criteria for this call's grid: {string.Join(", ", unknown)}.",
                unknown.ToDictionary(field => field, _ => new[] { $"Known criteria: {string.Join(", ", keys)}." }));
        }

        var badScores = Scores.Where(s => s.Value is { } score && !ScoreScale.Accepts(score, grid.ScaleMax)).Select(s => s.Key).ToList();
        if (badScores.Count > 0)
        {
            return Error.Validation("invalid_score", $"Scores go from 0 to {grid.ScaleMax} in half points.",
                badScores.ToDictionary(k => $"scores.{k}", _ => new[] { $"A score is 0 to {grid.ScaleMax}, in steps of 0.5." }));
        }

        var errors = new Dictionary<string, string[]>();
        foreach (var (key, comment) in Comments)
        {
            if (comment?.Length > MaxCommentLength)
            {
                errors[$"comments.{key}"] = [$"A comment is {MaxCommentLength} characters at most."];
            }
        }

        if (OverallComment?.Length > MaxOverallCommentLength)
        {
            errors["overallComment"] = [$"The overall comment is {MaxOverallCommentLength} characters at most."];
        }

        return errors.Count == 0 ? Result.Success() : Error.Validation("validation_failed", "Some fields of the review are invalid.", errors);
    }
}

public static class ScoreScale
{
    public static bool Accepts(decimal score, decimal scaleMax) => score >= 0 && score <= scaleMax && decimal.Remainder(score * 2, 1) == 0;
}
