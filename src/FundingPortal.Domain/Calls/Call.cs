using FundingPortal.Domain.Clusters;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Domain.Calls;

/// <summary>A call for collaborative projects (appel à projets). Its status derives from the timeline once published.</summary>
public sealed class Call : Entity
{
    private List<CallFunder> _funders = [];
    private List<string> _territory = [];

    private Call()
    {
    }

    /// <summary>The cluster whose managers run this call (ADR 0029); a call never changes cluster.</summary>
    public Guid ClusterId { get; private set; } = Cluster.FirstId;

    public string Title { get; private set; } = string.Empty;
    public string? Programme { get; private set; }
    public string? Description { get; private set; }
    public IReadOnlyList<string> Territory => _territory;
    public CallTimeline Timeline { get; private set; } = null!;
    public EligibilityRules Eligibility { get; private set; } = EligibilityRules.Default;
    public EvaluationGrid EvaluationGrid { get; private set; } = EvaluationGrid.Default;
    public int ExpertsPerProposal { get; private set; } = 2;
    public bool HideBudgetFromExperts { get; private set; }
    public IReadOnlyList<CallFunder> Funders => _funders;

    /// <summary>Set for a two-stage call: dossiers are first pre-proposals, due before its deadline.</summary>
    public PreProposalStage? PreProposal { get; private set; }

    public bool IsTwoStage => PreProposal is not null;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Set once the deadline sweep has announced the closing (the cut-off itself never depends on it).</summary>
    public DateTimeOffset? ClosedAnnouncedAt { get; private set; }

    public static Result<Call> Create(CallDefinition definition, DateTimeOffset now, Guid? clusterId = null)
    {
        var call = new Call { CreatedAt = now, ClusterId = clusterId ?? Cluster.FirstId };
        var applied = call.Apply(definition);
        return applied.IsSuccess ? call : applied.Error!;
    }

    public CallStatus StatusAt(DateTimeOffset now)
    {
        if (PublishedAt is null)
        {
            return CallStatus.Draft;
        }

        if (now < Timeline.OpensAt.Utc)
        {
            return CallStatus.Published;
        }

        return now < Timeline.SubmissionDeadline.Utc ? CallStatus.Open : CallStatus.Closed;
    }

    public bool IsOpenAt(DateTimeOffset now) => StatusAt(now) == CallStatus.Open;

    /// <summary>A two-stage call takes new dossiers and pre-proposals while it is open, strictly before the pre-proposal deadline.</summary>
    public bool IsPreProposalStageOpenAt(DateTimeOffset now) => PreProposal is { } stage && IsOpenAt(now) && now < stage.Deadline.Utc;

    public Result Update(CallDefinition definition)
    {
        if (PublishedAt is not null)
        {
            return Error.Conflict("call_not_draft", "A published call can no longer be edited.");
        }

        return Apply(definition);
    }

    public Result Publish(DateTimeOffset now)
    {
        if (PublishedAt is not null)
        {
            return Error.Conflict("call_not_draft", "This call is already published.");
        }

        if (now >= Timeline.SubmissionDeadline.Utc)
        {
            return Error.Conflict("deadline_passed", "The submission deadline of this call has already passed.");
        }

        var gaps = PublicationGaps(now);
        if (gaps.Count > 0)
        {
            return Error.Rule("call_incomplete", "The call cannot be published yet: " + string.Join(" ", gaps.Values.SelectMany(m => m)))
                with { FieldErrors = gaps };
        }

        PublishedAt = now;
        return Result.Success();
    }

    /// <summary>
    /// What a draft may lack but a published call may not: applicants would see a call nobody funds (an empty funders
    /// table), or compute an aid plan against an empty envelope, or a pre-proposal stage already over. The grid and the
    /// order of the dates are checked on every edit.
    /// </summary>
    private Dictionary<string, string[]> PublicationGaps(DateTimeOffset now)
    {
        var gaps = new Dictionary<string, string[]>();
        if (PreProposal is { } stage && now >= stage.Deadline.Utc)
        {
            gaps["preProposal.deadline"] = ["The pre-proposal deadline has already passed: move it to a later date before publishing."];
        }

        if (_funders.Count == 0)
        {
            gaps["funders"] = ["Add at least one funder (the State or a Region) with its envelope and aid rates."];
        }

        for (var i = 0; i < _funders.Count; i++)
        {
            if (_funders[i].Envelope <= 0)
            {
                gaps[$"funders[{i}].envelope"] = ["A funder's envelope must be more than 0 €."];
            }
        }

        return gaps;
    }

    public void AnnounceClosed(DateTimeOffset now) => ClosedAnnouncedAt ??= now;

    public CallFunder? FunderById(Guid funderId) => _funders.FirstOrDefault(f => f.FunderId == funderId);

    public bool IsInTerritory(string region) => Territory.Contains(region);

    /// <summary>Updates funders in place: a funder entry is identified by its funder, and keeps its identity across edits.</summary>
    private void MergeFunders(IReadOnlyList<CallFunder> funders)
    {
        _funders.RemoveAll(existing => funders.All(f => f.FunderId != existing.FunderId));
        foreach (var funder in funders)
        {
            var existing = _funders.FirstOrDefault(f => f.FunderId == funder.FunderId);
            if (existing is null)
            {
                _funders.Add(funder);
            }
            else
            {
                existing.CopyTermsFrom(funder);
            }
        }
    }

    /// <summary>The rules on the call's own texts and settings, which hold whatever its dates: checked with them, so every error shows at once.</summary>
    public static Dictionary<string, string[]> DescriptionErrors(string? title, string? programme, string? description, IReadOnlyCollection<string> territory,
        int expertsPerProposal)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 300)
        {
            errors["title"] = ["The title is required (300 characters at most)."];
        }

        if (TextRules.AnyForbidden(title, programme) || TextRules.HasForbiddenCharacters(description, multiline: true))
        {
            errors["text"] = ["Control characters are not allowed in the call's texts."];
        }

        if (programme?.Length > 200)
        {
            errors["programme"] = ["The programme is 200 characters at most."];
        }

        if (description?.Length > 20_000)
        {
            errors["description"] = ["The description is 20,000 characters at most."];
        }

        if (territory.Count == 0 || territory.Any(r => !Regions.IsKnown(r)))
        {
            errors["territory"] = ["The territory is a non-empty list of known ISO 3166-2 region codes (e.g. FR-BRE)."];
        }

        if (expertsPerProposal is < 1 or > 10)
        {
            errors["expertsPerProposal"] = ["Between 1 and 10 experts per dossier."];
        }

        return errors;
    }

    private Result Apply(CallDefinition d)
    {
        var errors = DescriptionErrors(d.Title, d.Programme, d.Description, d.Territory, d.ExpertsPerProposal);
        if (d.Funders.Select(f => f.FunderId).Distinct().Count() != d.Funders.Count)
        {
            errors["funders"] = ["A funder can appear only once in a call."];
        }

        foreach (var (field, messages) in d.PreProposal?.Errors(d.Timeline) ?? [])
        {
            errors[field] = messages;
        }

        // Every rule is checked, so one submission lists every error; a single failed rule keeps its own code.
        var failed = new[] { d.Timeline.Validate(), d.Eligibility.Validate(), d.EvaluationGrid.Validate() }.Where(c => !c.IsSuccess).Select(c => c.Error!).ToList();
        if (errors.Count == 0 && failed.Count == 1)
        {
            return failed[0];
        }

        foreach (var error in failed)
        {
            foreach (var (field, messages) in error.FieldErrors ?? new Dictionary<string, string[]> { [error.Code] = [error.Message] })
            {
                errors.TryAdd(field, messages);
            }
        }

        if (errors.Count > 0)
        {
            return Error.Validation("validation_failed", "Some fields of the call are invalid.", errors);
        }

        Title = d.Title.Trim();
        Programme = d.Programme?.Trim();
        Description = d.Description;
        _territory = d.Territory.Distinct(StringComparer.Ordinal).ToList();
        Timeline = d.Timeline;
        Eligibility = d.Eligibility;
        EvaluationGrid = d.EvaluationGrid;
        ExpertsPerProposal = d.ExpertsPerProposal;
        HideBudgetFromExperts = d.HideBudgetFromExperts;
        PreProposal = d.PreProposal;
        MergeFunders(d.Funders);
        return Result.Success();
    }
}
