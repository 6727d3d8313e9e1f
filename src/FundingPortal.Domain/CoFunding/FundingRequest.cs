using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Domain.CoFunding;

/// <summary>
/// The aid requested from one funder for one labelled dossier, partner by partner, and that funder's decision on it.
/// A funder decides once; what it grants to a partner never exceeds what was requested for that partner.
/// </summary>
public sealed class FundingRequest : Entity
{
    public const int MaxCommentLength = 4000;
    public const decimal MaxAmount = 100_000_000_000m;

    private readonly List<FundingRequestLine> _lines = [];

    private FundingRequest()
    {
    }

    public Guid ProposalId { get; private set; }
    public Guid CallId { get; private set; }
    public Guid FunderId { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public decimal RequestedAid { get; private set; }
    public FundingDecision? Decision { get; private set; }
    public decimal GrantedAid { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public Guid? DecidedByUserId { get; private set; }
    public int ConcurrencyVersion { get; private set; }

    public IReadOnlyList<FundingRequestLine> Lines => _lines;

    public bool IsDecided => Decision is not null;

    public bool IsFullyGranted => Decision == FundingDecision.Granted && GrantedAid == RequestedAid;

    /// <summary>
    /// Sends the funding requests of a labelled dossier: one per funder that has a non-zero requested aid in the plan,
    /// with one line per partner it funds. The dossier moves to FundingRequested.
    /// </summary>
    public static Result<IReadOnlyList<FundingRequest>> OpenAll(Proposal proposal, IReadOnlyList<PartnerAidPlan> plan, DateTimeOffset now)
    {
        var requests = plan
            .SelectMany(p => p.Requests.Where(r => r.RequestedAid > 0).Select(r => (p.Partner, Request: r)))
            .GroupBy(x => x.Request.FunderId)
            .Select(g =>
            {
                var request = new FundingRequest { ProposalId = proposal.Id, CallId = proposal.CallId, FunderId = g.Key, RequestedAt = now, ConcurrencyVersion = 1 };
                request._lines.AddRange(g.Select(x => new FundingRequestLine(x.Partner.OrganisationId, x.Partner.Category, x.Partner.Region,
                    x.Partner.EligibleCosts, x.Request.Rate, x.Request.RequestedAid)));
                request.RequestedAid = request._lines.Sum(l => l.RequestedAid);
                return request;
            })
            .ToList();

        if (requests.Count == 0)
        {
            return Error.Rule("nothing_to_request", "No funder of the call has any aid to grant to this consortium.");
        }

        var requested = proposal.RequestFunding(now);
        return requested.IsSuccess ? requests : requested.Error!;
    }

    public Result Decide(FundingDecision decision, IReadOnlyList<GrantLine> grants, string? comment, Guid decidedBy, DateTimeOffset now)
    {
        if (IsDecided)
        {
            return Error.Conflict("decision_exists", "This funder has already recorded its decision on this dossier.");
        }

        var invalid = Validate(decision, grants, comment);
        if (!invalid.IsSuccess)
        {
            return invalid;
        }

        foreach (var grant in grants)
        {
            var line = _lines.FirstOrDefault(l => l.OrganisationId == grant.OrganisationId);
            if (line is null)
            {
                return Error.Rule("partner_not_funded", "This funder was not asked for aid for this partner (a Region funds only partners located in it).")
                    .With("organisationId", grant.OrganisationId);
            }

            if (grant.GrantedAmount > line.RequestedAid)
            {
                return Error.Rule("grant_exceeds_request", $"The amount granted to a partner cannot exceed the {line.RequestedAid:0.00} € requested for it.")
                    .With("organisationId", grant.OrganisationId).With("requestedAid", line.RequestedAid);
            }
        }

        foreach (var line in _lines)
        {
            var grant = grants.FirstOrDefault(g => g.OrganisationId == line.OrganisationId);
            line.Grant(grant?.GrantedAmount ?? 0m, grant?.Instrument);
        }

        Decision = decision;
        GrantedAid = _lines.Sum(l => l.GrantedAmount);
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        DecidedAt = now;
        DecidedByUserId = decidedBy;
        ConcurrencyVersion++;
        return Result.Success();
    }

    private static Result Validate(FundingDecision decision, IReadOnlyList<GrantLine> grants, string? comment)
    {
        var errors = new Dictionary<string, string[]>();
        if (comment?.Length > MaxCommentLength)
        {
            errors["comment"] = [$"The comment is {MaxCommentLength} characters at most."];
        }

        for (var i = 0; i < grants.Count; i++)
        {
            var amount = grants[i].GrantedAmount;
            if (amount < 0 || amount > MaxAmount || !Money.HasAtMostTwoDecimals(amount))
            {
                errors[$"lines[{i}].grantedAmount"] = ["An amount in euros, zero or more, with at most 2 decimals."];
            }
            else if (amount > 0 && grants[i].Instrument is null)
            {
                errors[$"lines[{i}].instrument"] = ["The instrument (Grant or RepayableAdvance) is required for a granted amount."];
            }
        }

        if (grants.Select(g => g.OrganisationId).Distinct().Count() != grants.Count)
        {
            errors["lines"] = ["One line per partner."];
        }
        else if (decision == FundingDecision.Declined && grants.Any(g => g.GrantedAmount != 0))
        {
            errors["lines"] = ["A declined request grants nothing: leave the lines out."];
        }
        else if (decision == FundingDecision.Granted && grants.Sum(g => g.GrantedAmount) == 0)
        {
            errors["lines"] = ["A grant needs at least one partner line with an amount; to grant nothing, decline."];
        }

        return errors.Count == 0 ? Result.Success() : Error.Validation("invalid_decision", "Some lines of the decision are invalid.", errors);
    }
}
