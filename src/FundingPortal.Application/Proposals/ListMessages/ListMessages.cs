using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.ListMessages;

public sealed record MessageAuthor(string DisplayName, MessageSide Side);

public sealed record MessageResponse(Guid Id, MessageAuthor Author, string Body, DateTimeOffset SentAt, Guid? CorrectionRequestId);

/// <summary>
/// A dossier's thread, oldest first (or newest first), searched in the text and the author's name, for its consortium and
/// the managers; anyone else gets a 404. The whole thread at once: a dossier's exchanges run to tens of messages.
/// </summary>
public sealed class ListMessages(IAppDbContext db, ProposalVisibility visibility)
{
    public static readonly ListOrders<ProposalMessage> Orders = new ListOrders<ProposalMessage>("messages", m => m.Id, "sent")
        .By("sent", m => m.SentAt);

    public Task<Result<IReadOnlyList<MessageResponse>>> Handle(Guid proposalId, CancellationToken ct) => Handle(proposalId, ListSearch.None, ct);

    public async Task<Result<IReadOnlyList<MessageResponse>>> Handle(Guid proposalId, ListSearch search, CancellationToken ct)
    {
        var insider = await visibility.EnsureInsider(proposalId, ct);
        if (!insider.IsSuccess)
        {
            return insider.Error!;
        }

        var order = Orders.Parse(search.Sort);
        if (!order.IsSuccess)
        {
            return order.Error!;
        }

        var thread = db.ProposalMessages.AsNoTracking().Where(m => m.ProposalId == proposalId);
        if (search.Pattern is { } pattern)
        {
            thread = thread.Where(m => EF.Functions.Like(m.Body.ToLower(), pattern, "\\") || EF.Functions.Like(m.AuthorDisplayName.ToLower(), pattern, "\\"));
        }

        return await order.Value.Sort(thread)
            .Select(m => new MessageResponse(m.Id, new MessageAuthor(m.AuthorDisplayName, m.Side), m.Body, m.SentAt, m.CorrectionRequestId))
            .ToListAsync(ct);
    }
}
