using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals.ListProposals;

/// <summary>What a list of dossiers may narrow to: a call, a status, and words found in the reference, acronym or title.</summary>
public sealed record ProposalFilter(Guid? CallId = null, ProposalStatus? Status = null, string? Search = null)
{
    public const int MaxSearchLength = 100;

    public string? Words => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim().ToLowerInvariant();
}
