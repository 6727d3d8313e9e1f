using System.Globalization;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.CreateProposal;

public sealed class CreateProposal(IAppDbContext db, ICurrentUser user, IAuditTrail audit, ProposalContextLoader loader, TimeProvider clock)
{
    public async Task<Result<ProposalResponse>> Handle(Guid callId, ProposalFieldsRequest request, CancellationToken ct)
    {
        if (user.OrganisationId is not { } organisationId || !user.IsInRole(Roles.Applicant))
        {
            return Error.Forbidden("Only members of an organisation can create a dossier; create or join your organisation first.");
        }

        var call = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null || call.PublishedAt is null)
        {
            return Error.NotFound("Call");
        }

        var now = clock.GetUtcNow();
        var number = await db.NextProposalNumberAsync(ct);
        var reference = string.Create(CultureInfo.InvariantCulture, $"FP-{now.Year}-{number:D4}");
        var created = Proposal.Create(call, organisationId, reference, request.ToFields(), now);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var proposal = created.Value;
        db.Proposals.Add(proposal);
        await audit.RecordAsync(AuditStreams.Proposal, proposal.Id, "proposal_created", null, nameof(ProposalStatus.Draft), new { reference }, ct);
        await db.SaveChangesAsync(ct);
        return ProposalResponse.From(await loader.Complete(proposal, ct), now, showBudgets: true, showInternals: true);
    }
}
