using System.Security.Cryptography;
using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Documents;

/// <summary>
/// Renders one document and stores it with its SHA-256. Safe to run twice: a Ready document is left alone and
/// rendering is deterministic. A failure is counted; after three the document shows as Failed until regenerated.
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
        document.MarkReady(Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength, clock.GetUtcNow());
        if (!await db.DocumentContents.AnyAsync(c => c.DocumentId == documentId, ct))
        {
            db.DocumentContents.Add(new DocumentContent(documentId, bytes));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Returns true when the document has now failed for good (no more retries).</summary>
    public async Task<bool> RecordFailure(Guid documentId, Exception error, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var document = await db.GeneratedDocuments.FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null || document.Status != DocumentStatus.Pending)
        {
            return true;
        }

        var failed = document.RecordFailure($"{error.GetType().Name}: {error.Message}");
        await db.SaveChangesAsync(ct);
        return failed;
    }
}
