using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Reviews.Experts;

/// <summary>A reviewer: a registered user with expertise keywords, affiliations over time, the calls they review and the conflicts they declared.</summary>
public sealed class Expert : Entity
{
    public const int MaxConflictReasonLength = 2000;

    private readonly List<ExpertConflictDeclaration> _declaredConflicts = [];
    private List<string> _expertise = [];
    private List<ExpertAffiliation> _affiliations = [];
    private List<Guid> _callIds = [];

    private Expert()
    {
    }

    public Guid UserId { get; private set; }
    public string DisplayName { get; private set; } = string.Empty;
    public IReadOnlyList<string> Expertise => _expertise;
    public IReadOnlyList<ExpertAffiliation> Affiliations => _affiliations;
    public IReadOnlyList<Guid> CallIds => _callIds;
    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<ExpertConflictDeclaration> DeclaredConflicts => _declaredConflicts;

    public static Result<Expert> Create(Guid userId, ExpertProfile profile, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(profile.DisplayName) || profile.DisplayName.Trim().Length > 120)
        {
            errors["displayName"] = ["The display name is required (120 characters at most)."];
        }

        if (profile.Expertise.Count > 50 || profile.Expertise.Any(k => string.IsNullOrWhiteSpace(k) || k.Length > 60))
        {
            errors["expertise"] = ["Up to 50 non-empty keywords of 60 characters at most."];
        }

        if (profile.Affiliations.Count > 50 || profile.Affiliations.Any(a => a.To is { } to && to < a.From))
        {
            errors["affiliations"] = ["Up to 50 affiliations; an affiliation cannot end before it starts."];
        }

        if (profile.CallIds.Count > 200)
        {
            errors["callIds"] = ["Up to 200 calls."];
        }

        if (errors.Count > 0)
        {
            return Error.Validation("validation_failed", "Some fields of the expert profile are invalid.", errors);
        }

        return new Expert
        {
            UserId = userId,
            DisplayName = profile.DisplayName.Trim(),
            _expertise = profile.Expertise.Select(k => k.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            _affiliations = profile.Affiliations.Distinct().ToList(),
            _callIds = profile.CallIds.Distinct().ToList(),
            CreatedAt = now,
        };
    }

    public bool Reviews(Guid callId) => CallIds.Contains(callId);

    /// <summary>A user's own organisation is an affiliation even when the manager forgot to list it.</summary>
    /// <summary>
    /// Anonymisation (retention rules): the name becomes <paramref name="label"/>, the expertise and affiliations go, declared
    /// conflicts keep who and what they were about but not their reason. The profile's id stays, so assignments and audit
    /// entries still point to it.
    /// </summary>
    public void Anonymise(string label)
    {
        DisplayName = label;
        _expertise = [];
        _affiliations = [];
        foreach (var declaration in _declaredConflicts)
        {
            declaration.ForgetReason();
        }
    }

    public void EnsureCurrentAffiliation(Guid organisationId, DateOnly since)
    {
        if (!Affiliations.Any(a => a.OrganisationId == organisationId && a.To is null))
        {
            _affiliations = [.. _affiliations, new ExpertAffiliation(organisationId, since, null)];
        }
    }

    public Result<ExpertConflictDeclaration> DeclareConflict(Guid? organisationId, Guid? proposalId, string? reason, DateTimeOffset now)
    {
        if (organisationId is null && proposalId is null)
        {
            return Error.Validation("validation_failed", "Name the organisation or the dossier you are in conflict with.",
                new Dictionary<string, string[]> { ["organisationId"] = ["organisationId or proposalId is required."] });
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxConflictReasonLength)
        {
            return Error.Field("reason", "validation_failed", $"A reason is required ({MaxConflictReasonLength} characters at most).");
        }

        var declaration = new ExpertConflictDeclaration(Id, organisationId, proposalId, reason.Trim(), now);
        _declaredConflicts.Add(declaration);
        return declaration;
    }
}
