using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.AddPartner;

public sealed record AddPartnerRequest(Guid? OrganisationId);

public sealed class AddPartner(ProposalEditor editor, IAppDbContext db, TimeProvider clock)
{
    public async Task<Result<ProposalResponse>> Handle(Guid id, AddPartnerRequest request, ExpectedVersion expected, CancellationToken ct)
    {
        if (request.OrganisationId is not { } organisationId)
        {
            return Error.Field("organisationId", "validation_failed", "organisationId is required.");
        }

        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            return Error.Field("organisationId", "unknown_organisation", "This organisation does not exist.");
        }

        return ProposalResponse.Edited(await editor.Edit(id, expected, ProposalAccess.IsLead, "partner_added",
            (c, now) => c.Proposal.AddPartner(organisationId, c.Call, now), new { organisationId }, ct), clock.GetUtcNow());
    }
}
