using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Documents.RenderSubmissionDocuments;

/// <summary>
/// Renders the documents a submitted version still has Pending (its receipt and its dossier PDF), asked for by the
/// submission's own <c>ProposalSubmitted</c> message rather than one message per document. Safe to run twice: a Ready
/// document is skipped. A failure is counted on the document; one that may still succeed is thrown so the message is
/// retried, and the stalled-documents sweep asks again for anything a killed process dropped.
/// </summary>
public sealed class RenderSubmissionDocuments(IAppDbContext db, GenerateDocument.GenerateDocument generate,
    RecordDocumentFailure.RecordDocumentFailure recordFailure)
{
    public async Task Handle(Guid proposalId, int version, CancellationToken ct)
    {
        var pending = await db.GeneratedDocuments.AsNoTracking()
            .Where(d => d.ProposalId == proposalId && d.Version == version && d.Status == DocumentStatus.Pending)
            .OrderBy(d => d.Kind).Select(d => d.Id).ToListAsync(ct);
        // Each attempt tries every document, so one that keeps failing does not hold back the other.
        Exception? retryable = null;
        foreach (var documentId in pending)
        {
            try
            {
                await generate.Handle(documentId, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (!await recordFailure.Handle(documentId, ex, ct))
                {
                    retryable ??= ex;
                }
            }
        }

        if (retryable is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(retryable);
        }
    }
}
