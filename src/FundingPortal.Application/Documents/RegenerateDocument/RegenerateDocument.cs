using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Documents.RegenerateDocument;

/// <summary>A cluster manager asks for a document again (after a failure or a template change); the worker renders it.</summary>
public sealed class RegenerateDocument(ManagerScope scope, IAppDbContext db, ICurrentUser user, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result<DocumentSummary>> Handle(Guid documentId, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.ClusterManager))
        {
            return Error.Forbidden("Only cluster managers regenerate documents.");
        }

        var managed = scope.ManagedProposals().Select(p => p.Id);
        var document = await db.GeneratedDocuments.FirstOrDefaultAsync(d => d.Id == documentId && managed.Contains(d.ProposalId), ct);
        if (document is null)
        {
            return Error.NotFound("Document");
        }

        document.RequestRegeneration(clock.GetUtcNow());
        await db.DocumentContents.Where(c => c.DocumentId == documentId).ExecuteDeleteAsync(ct);
        outbox.Enqueue(new DocumentRequested(document.Id, document.ProposalId, document.Kind.ToString(), document.Version == 0 ? null : document.Version));
        await db.SaveChangesAsync(ct);
        return DocumentSummary.From(document);
    }
}
