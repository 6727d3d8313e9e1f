using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.DownloadAttachment;

public sealed record AttachmentFile(string FileName, string ContentType, byte[] Bytes);

/// <summary>An attachment of the dossier, or of one of its submitted versions (kept after a removal or a replacement).</summary>
public sealed class DownloadAttachment(IAppDbContext db, ProposalVisibility visibility, SubmittedAttachments submitted)
{
    public async Task<Result<AttachmentFile>> Handle(Guid proposalId, Guid attachmentId, CancellationToken ct)
    {
        var visible = await visibility.LoadVisible(proposalId, ct);
        if (!visible.IsSuccess)
        {
            return visible.Error!;
        }

        var fileName = visible.Value.Context.Proposal.Attachments.FirstOrDefault(a => a.Id == attachmentId)?.FileName
            ?? await submitted.FileName(proposalId, attachmentId, ct);
        var content = fileName is null ? null : await db.AttachmentContents.AsNoTracking().FirstOrDefaultAsync(c => c.AttachmentId == attachmentId, ct);
        return content is null ? Error.NotFound("Attachment") : new AttachmentFile(fileName!, "application/pdf", content.Bytes);
    }
}
