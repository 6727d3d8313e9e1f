using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals.ListMessages;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals.PostMessage;

public sealed record PostMessageRequest(string? Body);

/// <summary>
/// Adds a message to the dossier's thread: a consortium member writes for the consortium, a manager for the cluster; the
/// other side is told through the outbox. The author is shown by their e-mail address (accounts have no display name).
/// </summary>
public sealed class PostMessage(IAppDbContext db, ProposalVisibility visibility, ICurrentUser user, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result<MessageResponse>> Handle(Guid proposalId, PostMessageRequest request, CancellationToken ct)
    {
        var found = await visibility.FindVisible(proposalId, track: false, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (proposal, relation) = found.Value;
        MessageSide side;
        if (relation == ProposalRelation.Manager)
        {
            side = MessageSide.Cluster;
        }
        else if (ProposalAccess.IsConsortium(relation))
        {
            side = MessageSide.Consortium;
        }
        else
        {
            return ProposalAccess.Hidden();
        }

        var now = clock.GetUtcNow();
        var written = ProposalMessage.Write(proposal.Id, user.UserId, user.Email, side, request.Body, null, now);
        if (!written.IsSuccess)
        {
            return written.Error!;
        }

        var message = written.Value;
        db.ProposalMessages.Add(message);
        outbox.Enqueue(new ProposalMessagePosted(message.Id, proposal.Id, proposal.Reference, proposal.Acronym, user.UserId, side.ToString(), now));
        await db.SaveChangesAsync(ct);
        return new MessageResponse(message.Id, new MessageAuthor(message.AuthorDisplayName, message.Side), message.Body, message.SentAt, null);
    }
}
