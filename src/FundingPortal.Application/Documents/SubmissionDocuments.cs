using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Documents;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Documents;

/// <summary>Every submitted version gets its receipt and its dossier PDF, scheduled in the submission's transaction.</summary>
public sealed class SubmissionDocuments(DocumentScheduler scheduler) : ISubmissionListener
{
    public void OnSubmitted(Proposal proposal, ProposalVersion version)
    {
        scheduler.Schedule(proposal.Id, DocumentKind.Receipt, version.Number);
        scheduler.Schedule(proposal.Id, DocumentKind.Dossier, version.Number);
    }
}
