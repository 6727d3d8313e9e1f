using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Documents;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Documents;

/// <summary>
/// Every submitted version gets its receipt and its dossier PDF, Pending in the submission's transaction; the
/// submission's one outbox message (<c>ProposalSubmitted</c>) is what asks for them (ADR 0026).
/// </summary>
public sealed class SubmissionDocuments(DocumentScheduler scheduler) : ISubmissionListener
{
    public void OnSubmitted(Proposal proposal, ProposalVersion version)
    {
        scheduler.ScheduleWithoutRequest(proposal.Id, DocumentKind.Receipt, version.Number);
        scheduler.ScheduleWithoutRequest(proposal.Id, DocumentKind.Dossier, version.Number);
    }
}
