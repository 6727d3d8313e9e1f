using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.CoFunding;

public sealed record FundingLineDto(Guid OrganisationId, string Name, OrganisationCategory Category, string Region, decimal EligibleCosts, decimal Rate,
    decimal RequestedAid, decimal GrantedAmount, FundingInstrument? Instrument);

/// <summary>One funder's request on a dossier; <see cref="Decision"/> is null while it has not decided.</summary>
public sealed record FunderDecisionDto(Guid Id, Guid ProposalId, Guid FunderId, string FunderName, FunderKind Kind, decimal RequestedAid, FundingDecision? Decision,
    decimal GrantedAid, string? Comment, DateTimeOffset? DecidedAt, IReadOnlyList<FundingLineDto> Lines, ProposalStatus ProposalStatus, FundingOutcome? Outcome)
{
    /// <param name="organisations">The organisations of the request lines, which come from the last submitted version.</param>
    public static FunderDecisionDto From(FundingRequest request, Funder? funder, IReadOnlyDictionary<Guid, Organisation> organisations, ProposalStatus status)
    {
        var lines = request.Lines.Select(l => new FundingLineDto(l.OrganisationId, organisations.GetValueOrDefault(l.OrganisationId)?.Name ?? "?",
            l.Category, l.Region, l.EligibleCosts, l.Rate, l.RequestedAid, l.GrantedAmount, l.Instrument)).ToList();
        return new FunderDecisionDto(request.Id, request.ProposalId, request.FunderId, funder?.Name ?? "?", funder?.Kind ?? FunderKind.State, request.RequestedAid,
            request.Decision, request.GrantedAid, request.Comment, request.DecidedAt, lines, status, FundingStatusResponse.OutcomeOf(status));
    }
}

public sealed record FundingStatusResponse(Guid ProposalId, string Reference, ProposalStatus Status, FundingOutcome? Outcome, DateTimeOffset? RequestedAt,
    decimal TotalRequestedAid, decimal TotalGrantedAid, IReadOnlyList<FunderDecisionDto> Funders)
{
    public static FundingOutcome? OutcomeOf(ProposalStatus status) => status switch
    {
        ProposalStatus.Funded => FundingOutcome.Funded,
        ProposalStatus.PartiallyFunded => FundingOutcome.PartiallyFunded,
        ProposalStatus.NotFunded => FundingOutcome.NotFunded,
        _ => null,
    };
}
