using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Documents;

namespace FundingPortal.Application.Documents;

/// <summary>Creates a Pending document in the caller's unit of work (the row is the request, ADR 0036) and wakes a renderer.</summary>
public sealed class DocumentScheduler(IAppDbContext db, IOutbox outbox, TimeProvider clock)
{
    public GeneratedDocument Schedule(Guid proposalId, DocumentKind kind, int version = 0)
    {
        var document = Pending(proposalId, kind, version);
        outbox.Enqueue(new DocumentRequested(document.Id, proposalId, kind.ToString(), version == 0 ? null : version));
        return document;
    }

    /// <summary>
    /// A Pending document with no message of its own: the caller's message already wakes the renderers (a submission's
    /// <c>ProposalSubmitted</c>, ADR 0026), which pull Pending rows from the database (ADR 0036).
    /// </summary>
    public GeneratedDocument ScheduleWithoutRequest(Guid proposalId, DocumentKind kind, int version) => Pending(proposalId, kind, version);

    private GeneratedDocument Pending(Guid proposalId, DocumentKind kind, int version)
    {
        var document = new GeneratedDocument(proposalId, kind, version, clock.GetUtcNow());
        db.GeneratedDocuments.Add(document);
        return document;
    }
}
