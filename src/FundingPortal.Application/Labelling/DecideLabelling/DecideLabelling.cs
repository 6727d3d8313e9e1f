using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Labelling.DecideLabelling;

/// <summary>
/// The manager records the committee's decision on a reviewed dossier (<see cref="LabellingDecisionRecorder"/>: status,
/// frozen reviews, a certificate number for a label, the audit entry and the message), in one transaction.
/// </summary>
public sealed class DecideLabelling(ManagerScope scope, IAppDbContext db, LabellingDecisionRecorder recorder, RetryOnConflict retry)
{
    /// <remarks>A retry after a concurrent change re-checks the guards; it may leave a gap in the certificate numbers, never a duplicate.</remarks>
    public Task<Result<LabellingDecisionDto>> Handle(Guid proposalId, LabellingDecisionRequest request, CancellationToken ct) =>
        retry.Run(() => Decide(proposalId, request, ct));

    private async Task<Result<LabellingDecisionDto>> Decide(Guid proposalId, LabellingDecisionRequest request, CancellationToken ct)
    {
        var proposal = await scope.ManagedProposals().Include(p => p.Partners).FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null)
        {
            return Error.NotFound("Proposal");
        }

        var decided = await recorder.Record(proposal, request.Outcome, request.Motivation, committeeSessionId: null, ct);
        if (!decided.IsSuccess)
        {
            return decided.Error!;
        }

        var saved = await db.TrySaveChangesAsync(ct);
        return saved.IsSuccess ? LabellingDecisionDto.From(decided.Value, proposal) : saved.Error!;
    }
}
