using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Clusters;

public enum CoLabellingOutcome
{
    Labelled,
    NotLabelled,
}

/// <summary>
/// A partner cluster the consortium asked to co-label its dossier, and that cluster's decision once taken. The decision
/// is final, as the call's own labelling decision is: the consortium has been told it.
/// </summary>
public sealed class CoLabellingRequest : Entity
{
    public const int MaxMotivationLength = 10_000;

    private CoLabellingRequest()
    {
    }

    public Guid ProposalId { get; private init; }
    public Guid ClusterId { get; private init; }
    public DateTimeOffset RequestedAt { get; private init; }
    public CoLabellingOutcome? Outcome { get; private set; }
    public string? Motivation { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }

    public bool IsDecided => Outcome is not null;

    public static CoLabellingRequest Ask(Guid proposalId, Guid clusterId, DateTimeOffset now) =>
        new() { ProposalId = proposalId, ClusterId = clusterId, RequestedAt = now };

    public Result Decide(CoLabellingOutcome? outcome, string? motivation, Guid decidedBy, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (outcome is not { } o || !Enum.IsDefined(o))
        {
            errors["outcome"] = ["outcome is Labelled or NotLabelled."];
        }

        if (string.IsNullOrWhiteSpace(motivation) || motivation.Trim().Length > MaxMotivationLength || TextRules.HasForbiddenCharacters(motivation, multiline: true))
        {
            errors["motivation"] = [$"A written motivation is required ({MaxMotivationLength} characters at most)."];
        }

        if (errors.Count > 0)
        {
            return Error.Validation("validation_failed", string.Join(" ", errors.Values.SelectMany(m => m)), errors);
        }

        if (IsDecided)
        {
            return Error.Conflict("co_labelling_already_decided", "Your cluster has already recorded its co-labelling decision on this dossier.");
        }

        Outcome = outcome;
        Motivation = motivation!.Trim();
        DecidedAt = now;
        DecidedBy = decidedBy;
        return Result.Success();
    }
}
