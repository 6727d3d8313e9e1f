using System.Linq.Expressions;
using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations.Invitations;

/// <summary>
/// Records a new invitation (an organisation's or a dossier's) and queues its e-mail. Inviting the same address again
/// returns the invitation still open; at most <see cref="InvitationRules.MaxOpen"/> are open for one target.
/// </summary>
public sealed class InvitationIssuer(IAppDbContext db, IOutbox outbox)
{
    public async Task<Result<InvitationCreatedResponse>> Issue(Invitation invitation, Expression<Func<Invitation, bool>> sameTarget, string tooMany,
        DateTimeOffset now, CancellationToken ct)
    {
        var open = await db.Invitations.Where(sameTarget).Where(i => i.Status == InvitationStatus.Pending && i.ExpiresAt > now).ToListAsync(ct);
        if (open.FirstOrDefault(i => i.NormalizedEmail == invitation.NormalizedEmail) is { } existing)
        {
            return InvitationCreatedResponse.From(existing);
        }

        if (open.Count >= InvitationRules.MaxOpen)
        {
            return Error.Conflict("too_many_invitations", tooMany);
        }

        db.Invitations.Add(invitation);
        outbox.Enqueue(new InvitationCreated(invitation.Id));
        await db.SaveChangesAsync(ct);
        return InvitationCreatedResponse.From(invitation);
    }
}
