using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations.JoinRequests.RequestToJoin;

/// <summary>
/// Someone without an organisation asks to join one that already exists (its SIREN is taken); its members are told
/// and one of them answers. Asking twice returns the request already waiting.
/// </summary>
public sealed class RequestToJoin(IAppDbContext db, ICurrentUser user, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result<JoinRequestResponse>> Handle(Guid organisationId, JoinRequestRequest request, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => new { o.Name }).FirstOrDefaultAsync(ct);
        if (organisation is null)
        {
            return Error.NotFound("Organisation");
        }

        if (user.OrganisationId is not null)
        {
            return Error.Conflict("already_member", "You already belong to an organisation.");
        }

        var pending = await db.JoinRequests.Where(r => r.UserId == user.UserId && r.Status == JoinRequestStatus.Pending).ToListAsync(ct);
        if (pending.FirstOrDefault(r => r.OrganisationId == organisationId) is { } existing)
        {
            return JoinRequestResponse.From(existing, organisation.Name);
        }

        if (pending.Count >= JoinRequestRules.MaxPendingPerUser)
        {
            return Error.Conflict("too_many_join_requests", $"You already have {JoinRequestRules.MaxPendingPerUser} requests waiting for an answer.");
        }

        var created = JoinRequest.Create(organisationId, user.UserId, user.Email, request.Message, clock.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        db.JoinRequests.Add(created.Value);
        outbox.Enqueue(new JoinRequested(created.Value.Id, organisationId, user.UserId));
        await db.SaveChangesAsync(ct);
        return JoinRequestResponse.From(created.Value, organisation.Name);
    }
}
