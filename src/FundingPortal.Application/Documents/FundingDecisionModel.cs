using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Documents;

namespace FundingPortal.Application.Documents;

public sealed record FundingDecisionModel : DocumentModel
{
    public override DocumentKind Kind => DocumentKind.FundingDecision;

    public override string DocumentKey => $"funding-decision/{Project.Reference}";

    public required ProjectIdentity Project { get; init; }
    public required string CallTitle { get; init; }
    public required IReadOnlyList<FunderDecisionSection> Funders { get; init; }
    public required FundingOutcome Outcome { get; init; }
}

public sealed record FunderDecisionSection(
    string FunderName,
    FundingDecision Decision,
    IReadOnlyList<FundingLine> Lines);

public sealed record FundingLine(
    string PartnerName,
    decimal Requested,
    decimal Granted,
    FundingInstrument Instrument);
