using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Proposals.UploadAttachment;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals.ReplaceAttachment;

/// <summary>
/// A new file in place of an attachment, of the same kind, while the dossier can be edited: one change, one audit
/// entry. The old bytes are kept only if a submitted version lists them (<see cref="SubmittedAttachments"/>).
/// </summary>
public sealed class ReplaceAttachment(IAppDbContext db, ICurrentUser user, ProposalEditor editor, AttachmentIntake intake,
    SubmittedAttachments submitted, RetryOnConflict retry)
{
    private const int MaxAttempts = 10;

    public async Task<Result<AttachmentDto>> Handle(Guid proposalId, Guid attachmentId, AttachmentUpload? file, CancellationToken ct)
    {
        var received = await intake.Receive(file, ct);
        if (!received.IsSuccess)
        {
            return received.Error!;
        }

        var pdf = received.Value;
        ProposalAttachment? added = null;
        var edited = await retry.Run(async (_, token) =>
        {
            var keepOldBytes = await submitted.AreListing(proposalId, attachmentId, token);
            return await editor.EditLatest(proposalId, ProposalAccess.IsConsortium, "attachment_replaced", (c, now) =>
            {
                var replaced = c.Proposal.ReplaceAttachment(attachmentId, pdf.FileName, pdf.Bytes.LongLength, pdf.Sha256, user.UserId, c.Call, now);
                if (!replaced.IsSuccess)
                {
                    return replaced.Error!;
                }

                added = replaced.Value;
                db.AttachmentContents.Add(new AttachmentContent(added.Id, pdf.Bytes));
                if (!keepOldBytes)
                {
                    db.AttachmentContents.Remove(new AttachmentContent(attachmentId, []));
                }

                return Result.Success();
            }, new { attachmentId, fileName = PersonalField.Of(pdf.FileName), pdf.Sha256 }, token);
        }, MaxAttempts, ct);

        if (!edited.IsSuccess)
        {
            return edited.Error!.IsConcurrentUpdate() ? ProposalEditor.StaleWrite() : edited.Error!;
        }

        return AttachmentDto.From(added!);
    }
}
