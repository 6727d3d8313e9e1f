using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.DownloadAttachment;

public sealed record AttachmentFile(string FileName, string ContentType, byte[] Bytes);

public sealed class DownloadAttachment(IAppDbContext db, ProposalVisibility visibility)
{
    public async Task<Result<AttachmentFile>> Handle(Guid proposalId, Guid attachmentId, CancellationToken ct)
    {
        var visible = await visibility.LoadVisible(proposalId, ct);
        if (!visible.IsSuccess)
        {
            return visible.Error!;
        }

        var attachment = visible.Value.Context.Proposal.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        var content = attachment is null ? null : await db.AttachmentContents.AsNoTracking().FirstOrDefaultAsync(c => c.AttachmentId == attachmentId, ct);
        return content is null ? Error.NotFound("Attachment") : new AttachmentFile(attachment!.FileName, "application/pdf", content.Bytes);
    }
}
