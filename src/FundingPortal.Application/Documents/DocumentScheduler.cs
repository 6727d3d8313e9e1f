using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Documents;

namespace FundingPortal.Application.Documents;

/// <summary>Creates a Pending document and asks a worker to render it, in the caller's unit of work.</summary>
public sealed class DocumentScheduler(IAppDbContext db, IOutbox outbox, TimeProvider clock)
{
    public GeneratedDocument Schedule(Guid proposalId, DocumentKind kind, int version = 0)
    {
        var document = new GeneratedDocument(proposalId, kind, version, clock.GetUtcNow());
        db.GeneratedDocuments.Add(document);
        outbox.Enqueue(new DocumentRequested(document.Id, proposalId, kind.ToString(), version == 0 ? null : version));
        return document;
    }
}
