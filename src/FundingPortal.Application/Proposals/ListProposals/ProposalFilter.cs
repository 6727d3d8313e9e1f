using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals.ListProposals;

/// <summary>What a list of dossiers may narrow to besides the search words: a call and a status.</summary>
public sealed record ProposalFilter(Guid? CallId = null, ProposalStatus? Status = null);
