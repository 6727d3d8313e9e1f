using System.Security.Cryptography;
using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Documents.GenerateDocument;

/// <summary>
/// Renders one document and stores it with its SHA-256. Safe to run twice: a Ready document is left alone and
/// rendering is deterministic. A failure is counted by <see cref="RecordDocumentFailure.RecordDocumentFailure"/>.
/// </summary>
public sealed class GenerateDocument(IAppDbContext db, DocumentModelFactory models, IDocumentRenderer renderer, TimeProvider clock)
{
    public async Task Handle(Guid documentId, CancellationToken ct)
    {
        var document = await db.GeneratedDocuments.FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null || document.Status != DocumentStatus.Pending)
        {
            return;
        }

        var model = await models.Build(document, ct);
        var bytes = renderer.Render(model);
        document.MarkReady(Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength, clock.GetUtcNow(), model.IssuedAt, model.Verification?.Code);
        if (!await db.DocumentContents.AnyAsync(c => c.DocumentId == documentId, ct))
        {
            db.DocumentContents.Add(new DocumentContent(documentId, bytes));
        }

        await db.SaveChangesAsync(ct);
    }
}
