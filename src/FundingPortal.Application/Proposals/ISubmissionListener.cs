using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals;

/// <summary>Work that must commit with a submission (e.g. the Pending receipt and dossier documents).</summary>
public interface ISubmissionListener
{
    void OnSubmitted(Proposal proposal, ProposalVersion version);
}
