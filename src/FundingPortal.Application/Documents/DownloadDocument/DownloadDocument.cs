using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Documents.DownloadDocument;

public sealed record DocumentFile(string FileName, byte[] Bytes, string Sha256);

public sealed class DownloadDocument(IAppDbContext db, ProposalVisibility visibility)
{
    public async Task<Result<DocumentFile>> Handle(Guid documentId, CancellationToken ct)
    {
        var document = await db.GeneratedDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null)
        {
            return Error.NotFound("Document");
        }

        var visible = await visibility.LoadVisible(document.ProposalId, ct);
        if (!visible.IsSuccess || !DocumentVisibility.MaySee(visible.Value.Relation, document.Kind))
        {
            return Error.NotFound("Document");
        }

        if (document.Status != DocumentStatus.Ready)
        {
            return Error.Conflict("document_not_ready", document.Status == DocumentStatus.Failed
                ? "This document could not be generated; a manager can regenerate it."
                : "This document is being generated; try again in a few seconds.");
        }

        var content = await db.DocumentContents.AsNoTracking().SingleAsync(c => c.DocumentId == documentId, ct);
        var reference = visible.Value.Context.Proposal.Reference;
        var name = document.Version > 0 ? $"{reference}-{document.Kind}-v{document.Version}.pdf" : $"{reference}-{document.Kind}.pdf";
        return new DocumentFile(name, content.Bytes, document.Sha256!);
    }
}
