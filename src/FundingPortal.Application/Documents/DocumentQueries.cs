using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Application.Proposals;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Documents;

public sealed record DocumentSummary(Guid Id, DocumentKind Kind, int? Version, DocumentStatus Status, string? Sha256, long? Size, DateTimeOffset CreatedAt,
    DateTimeOffset? ReadyAt, int Attempts, string? LastError);

public sealed record DocumentFile(string FileName, byte[] Bytes, string Sha256);

/// <summary>Documents are shown to whoever may see the dossier in that role: the consortium and managers; funder officers the certificate and funding notice.</summary>
public sealed class DocumentQueries(IAppDbContext db, ProposalVisibility visibility, ICurrentUser user, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<DocumentSummary>>> List(Guid proposalId, CancellationToken ct)
    {
        var visible = await visibility.LoadVisible(proposalId, ct);
        if (!visible.IsSuccess)
        {
            return visible.Error!;
        }

        var relation = visible.Value.Relation;
        var documents = await db.GeneratedDocuments.AsNoTracking().Where(d => d.ProposalId == proposalId).OrderBy(d => d.CreatedAt).ThenBy(d => d.Kind).ToListAsync(ct);
        return documents.Where(d => MaySee(relation, d.Kind)).Select(Summary).ToList();
    }

    public async Task<Result<DocumentFile>> Download(Guid documentId, CancellationToken ct)
    {
        var document = await db.GeneratedDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null)
        {
            return Error.NotFound("Document");
        }

        var visible = await visibility.LoadVisible(document.ProposalId, ct);
        if (!visible.IsSuccess || !MaySee(visible.Value.Relation, document.Kind))
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

    public async Task<Result<DocumentSummary>> Regenerate(Guid documentId, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.ClusterManager))
        {
            return Error.Forbidden("Only cluster managers regenerate documents.");
        }

        var document = await db.GeneratedDocuments.FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null)
        {
            return Error.NotFound("Document");
        }

        document.RequestRegeneration(clock.GetUtcNow());
        await db.DocumentContents.Where(c => c.DocumentId == documentId).ExecuteDeleteAsync(ct);
        outbox.Enqueue(new DocumentRequested(document.Id, document.ProposalId, document.Kind.ToString(), document.Version == 0 ? null : document.Version));
        await db.SaveChangesAsync(ct);
        return Summary(document);
    }

    private static bool MaySee(ProposalRelation relation, DocumentKind kind) => relation switch
    {
        ProposalRelation.Manager or ProposalRelation.LeadMember or ProposalRelation.PartnerMember => true,
        ProposalRelation.FunderOfficer => kind is DocumentKind.LabelCertificate or DocumentKind.FundingDecision or DocumentKind.Dossier,
        _ => false,
    };

    private static DocumentSummary Summary(GeneratedDocument d) =>
        new(d.Id, d.Kind, d.Version == 0 ? null : d.Version, d.Status, d.Sha256, d.Size, d.CreatedAt, d.ReadyAt, d.Attempts, d.LastError);
}
