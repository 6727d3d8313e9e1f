using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.ListMessages;

public sealed record MessageAuthor(string DisplayName, MessageSide Side);

public sealed record MessageResponse(Guid Id, MessageAuthor Author, string Body, DateTimeOffset SentAt, Guid? CorrectionRequestId);

/// <summary>A dossier's thread, oldest first, for its consortium and the managers; anyone else gets a 404.</summary>
public sealed class ListMessages(IAppDbContext db, ProposalVisibility visibility)
{
    public async Task<Result<IReadOnlyList<MessageResponse>>> Handle(Guid proposalId, CancellationToken ct)
    {
        var insider = await visibility.EnsureInsider(proposalId, ct);
        if (!insider.IsSuccess)
        {
            return insider.Error!;
        }

        return await db.ProposalMessages.AsNoTracking().Where(m => m.ProposalId == proposalId).OrderBy(m => m.SentAt).ThenBy(m => m.Id)
            .Select(m => new MessageResponse(m.Id, new MessageAuthor(m.AuthorDisplayName, m.Side), m.Body, m.SentAt, m.CorrectionRequestId))
            .ToListAsync(ct);
    }
}
