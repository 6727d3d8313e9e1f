using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Calls;

public sealed record EvaluationCriterion(string Key, string Label, decimal Weight, decimal MinScore);

public sealed record EvaluationGrid(decimal ScaleMax, decimal LabelThreshold, IReadOnlyList<EvaluationCriterion> Criteria)
{
    public static EvaluationGrid Default { get; } = new(5m, 3.0m,
    [
        new("innovation", "Caractère innovant", 25, 2),
        new("market", "Marché et impact économique", 25, 2),
        new("consortium", "Qualité du consortium et rôle des PME", 20, 2),
        new("feasibility", "Faisabilité technique et programme de travail", 15, 2),
        new("roadmap", "Adéquation à la feuille de route du pôle", 10, 2),
        new("territory", "Impact territorial", 5, 2),
    ]);

    public decimal TotalWeight => Criteria.Sum(c => c.Weight);

    public Result Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (ScaleMax is < 1 or > 100)
        {
            errors["evaluationGrid.scaleMax"] = ["The scale maximum must be between 1 and 100."];
        }

        if (LabelThreshold < 0 || LabelThreshold > ScaleMax)
        {
            errors["evaluationGrid.labelThreshold"] = ["The labelling threshold must lie on the scale."];
        }

        if (Criteria.Count is 0 or > 30)
        {
            errors["evaluationGrid.criteria"] = ["The grid needs between 1 and 30 criteria."];
        }

        for (var i = 0; i < Criteria.Count; i++)
        {
            var c = Criteria[i];
            var prefix = $"evaluationGrid.criteria[{i}]";
            if (string.IsNullOrWhiteSpace(c.Key) || c.Key.Length > 50 || !c.Key.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '-'))
            {
                errors[$"{prefix}.key"] = ["A key is 1 to 50 letters, digits, '-' or '_'."];
            }

            if (string.IsNullOrWhiteSpace(c.Label) || c.Label.Length > 200 || TextRules.HasForbiddenCharacters(c.Label))
            {
                errors[$"{prefix}.label"] = ["A label is required (200 characters at most)."];
            }

            if (c.Weight <= 0 || c.Weight > 1000)
            {
                errors[$"{prefix}.weight"] = ["A weight must be positive."];
            }

            if (c.MinScore < 0 || c.MinScore > ScaleMax)
            {
                errors[$"{prefix}.minScore"] = ["The minimum score must lie on the scale."];
            }
        }

        if (Criteria.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count() != Criteria.Count)
        {
            errors["evaluationGrid.criteria"] = ["Criterion keys must be unique."];
        }

        return errors.Count == 0 ? Result.Success() : Error.Validation("validation_failed", "The evaluation grid is invalid.", errors);
    }
}
