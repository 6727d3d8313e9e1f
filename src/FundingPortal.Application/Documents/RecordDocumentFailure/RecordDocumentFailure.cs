using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Documents.RecordDocumentFailure;

/// <summary>Counts a failed rendering; after three the document shows as Failed until regenerated.</summary>
public sealed class RecordDocumentFailure(IAppDbContext db)
{
    /// <summary>Returns true when the document has now failed for good (no more retries).</summary>
    public async Task<bool> Handle(Guid documentId, Exception error, CancellationToken ct)
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
