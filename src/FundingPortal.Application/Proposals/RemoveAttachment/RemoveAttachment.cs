using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals.RemoveAttachment;

/// <summary>
/// Takes an attachment out of the dossier while it can be edited. Its bytes go with it, in the same transaction, unless
/// a submitted version lists it: that version's record keeps them (<see cref="SubmittedAttachments"/>). A submission
/// committing in between changes the dossier's version, so the edit is retried and sees it.
/// </summary>
public sealed class RemoveAttachment(IAppDbContext db, ProposalEditor editor, SubmittedAttachments submitted, RetryOnConflict retry)
{
    private const int MaxAttempts = 10;

    public async Task<Result> Handle(Guid proposalId, Guid attachmentId, CancellationToken ct)
    {
        var edited = await retry.Run(async (_, token) =>
        {
            var keepBytes = await submitted.AreListing(proposalId, attachmentId, token);
            return await editor.EditLatest(proposalId, ProposalAccess.IsConsortium, "attachment_removed",
                (c, now) => Remove(c.Proposal, attachmentId, keepBytes, c, now), new { attachmentId }, token);
        }, MaxAttempts, ct);

        return edited.IsSuccess ? Result.Success() : edited.Error!.IsConcurrentUpdate() ? ProposalEditor.StaleWrite() : edited.Error!;
    }

    private Result Remove(Proposal proposal, Guid attachmentId, bool keepBytes, ProposalContext context, DateTimeOffset now)
    {
        var removed = proposal.RemoveAttachment(attachmentId, context.Call, now);
        if (!removed.IsSuccess)
        {
            return removed.Error!;
        }

        if (!keepBytes)
        {
            // Deleted by key at the save, with the dossier's change: an attachment always has its content row.
            db.AttachmentContents.Remove(new AttachmentContent(attachmentId, []));
        }

        return Result.Success();
    }
}
