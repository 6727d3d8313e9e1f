using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Labelling;

public sealed record LabellingDecisionRequest(LabellingOutcome? Outcome, string? Motivation);

public sealed record LabellingDecisionDto(Guid Id, Guid ProposalId, string Reference, ProposalStatus Status, LabellingOutcome Outcome, string Motivation,
    DateTimeOffset DecidedAt, string? CertificateNumber)
{
    public static LabellingDecisionDto From(LabellingDecision d, Proposal p) =>
        new(d.Id, p.Id, p.Reference, p.Status, d.Outcome, d.Motivation, d.DecidedAt, d.CertificateNumber);
}
