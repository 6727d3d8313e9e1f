using System.Security.Cryptography;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Documents.DownloadDocument;

/// <summary>A document's bytes; <paramref name="ReferenceSha256"/> is the stored French edition's hash, whatever the language served.</summary>
public sealed record DocumentFile(string FileName, byte[] Bytes, string Sha256, string ReferenceSha256, string Language);

/// <summary>
/// The stored PDF (French, the reference with its hash), or the English edition rendered on the fly from the same model
/// (<c>?lang=en</c>): nothing is stored for it, so the reference keeps its bytes and hash.
/// </summary>
public sealed class DownloadDocument(IAppDbContext db, ProposalVisibility visibility, DocumentModelFactory models, IDocumentRenderer renderer)
{
    public static Error NoLongerKept { get; } = Error.Conflict("document_not_kept",
        "This document was issued (its hash is on record) but is no longer kept: the dossier is past its retention period.");

    public async Task<Result<DocumentFile>> Handle(Guid documentId, string? language, CancellationToken ct)
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

        // Checked after visibility: a stranger learns nothing, not even that the id exists.
        var edition = string.IsNullOrEmpty(language) ? Languages.French : language;
        if (!Languages.IsSupported(edition))
        {
            return Error.Field("lang", "invalid_language", "lang must be 'fr' or 'en'.");
        }

        if (document.Status == DocumentStatus.Pending && document.RenderPriority != RenderPriority.Awaited)
        {
            // Someone is waiting for this one: the renderers take it before the rest of a rush's backlog (ADR 0038).
            await db.GeneratedDocuments.Where(d => d.Id == documentId && d.Status == DocumentStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.RenderPriority, RenderPriority.Awaited), ct);
        }

        if (document.Status != DocumentStatus.Ready)
        {
            return Error.Conflict("document_not_ready", document.Status == DocumentStatus.Failed
                ? "This document could not be generated; a manager can regenerate it."
                : "This document is being generated; try again in a few seconds.");
        }

        var content = await db.DocumentContents.AsNoTracking().FirstOrDefaultAsync(c => c.DocumentId == documentId, ct);
        if (content is null)
        {
            return NoLongerKept;
        }

        var reference = visible.Value.Context.Proposal.Reference;
        var name = document.Version > 0 ? $"{reference}-{document.Kind}-v{document.Version}" : $"{reference}-{document.Kind}";
        if (edition == Languages.French)
        {
            return new DocumentFile(name + ".pdf", content.Bytes, document.Sha256!, document.Sha256!, edition);
        }

        var bytes = renderer.Render(await models.Build(document, ct), edition);
        return new DocumentFile($"{name}-{edition}.pdf", bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), document.Sha256!, edition);
    }
}
