using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Reviews;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations.JoinRequests.DecideJoinRequest;

/// <summary>
/// A member of the organisation approves a request (the person who asked becomes a member and an Applicant) or
/// rejects it; the person who asked is told either way. Nobody else sees the request (404).
/// </summary>
public sealed class DecideJoinRequest(IAppDbContext db, ICurrentUser user, Membership membership, ITransactionRunner transactions, RetryOnConflict retry,
    IOutbox outbox, TimeProvider clock)
{
    public Task<Result<JoinRequestResponse>> Handle(Guid requestId, bool approve, CancellationToken ct) => retry.Run(() => Decide(requestId, approve, ct));

    private async Task<Result<JoinRequestResponse>> Decide(Guid requestId, bool approve, CancellationToken ct)
    {
        var request = await db.JoinRequests.FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null || user.OrganisationId != request.OrganisationId)
        {
            return Error.NotFound("Join request");
        }

        var name = await db.Organisations.Where(o => o.Id == request.OrganisationId).Select(o => o.Name).FirstAsync(ct);
        return await transactions.RunAsync<JoinRequestResponse>(async innerCt =>
        {
            var now = clock.GetUtcNow();
            var decided = approve ? request.Approve(user.UserId, now) : request.Reject(user.UserId, now);
            if (!decided.IsSuccess)
            {
                return decided.Error!;
            }

            if (approve)
            {
                var joined = await membership.Join(request.UserId, request.OrganisationId, innerCt);
                if (!joined.IsSuccess)
                {
                    return Error.Conflict(Membership.AlreadyMemberElsewhere, "This person has joined another organisation meanwhile.");
                }
            }

            outbox.Enqueue(new JoinRequestDecided(request.Id, request.OrganisationId, request.UserId, approve));
            return JoinRequestResponse.From(request, name);
        }, ct);
    }
}
