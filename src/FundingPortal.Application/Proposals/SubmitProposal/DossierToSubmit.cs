using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Audit;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.SubmitProposal;

/// <summary>
/// Everything a submit reads, in one round trip (issue 22, ADR 0037): the dossier with its partners, attachments and
/// correction requests, its partner organisations, and the head of its audit chain. Only the dossier row is tracked:
/// a submission changes no partner and no attachment, so the change tracker is spared them.
/// </summary>
public sealed record DossierToSubmit(Proposal Proposal, IReadOnlyDictionary<Guid, Organisation> Organisations)
{
    private sealed record DossierRow(Proposal Proposal, List<Organisation> Organisations, int? HeadSequence, string? HeadHash);

    // The head as two scalar subqueries (each a backward probe of the unique (stream, sequence) index, in the statement's
    // one snapshot): asked for as an entity, EF joins a ROW_NUMBER() over every dossier's chain instead.
    private static readonly Func<DbContext, Guid, CancellationToken, Task<DossierRow?>> Query = EF.CompileAsyncQuery(
        (DbContext context, Guid id, CancellationToken _) => context.Set<Proposal>().AsNoTracking()
            .Include(p => p.Partners).Include(p => p.Attachments).Include(p => p.Corrections)
            .Where(p => p.Id == id)
            .Select(p => new DossierRow(
                p,
                context.Set<Organisation>().Where(o => p.Partners.Any(partner => partner.OrganisationId == o.Id)).ToList(),
                context.Set<AuditEntry>().Where(a => a.StreamType == AuditStreams.Proposal && a.StreamId == p.Id).Max(a => (int?)a.Sequence),
                context.Set<AuditEntry>().Where(a => a.StreamType == AuditStreams.Proposal && a.StreamId == p.Id)
                    .OrderByDescending(a => a.Sequence).Select(a => a.Hash).FirstOrDefault()))
            .FirstOrDefault());

    /// <summary>
    /// Reads the dossier, tracks its row and tells the audit trail where the dossier's chain ends. A head read here may be
    /// stale by the time of the save, exactly as one read by the audit trail itself: the unique (stream, sequence)
    /// index refuses the append, and the submit starts again from fresh data.
    /// </summary>
    public static async Task<DossierToSubmit?> Load(IAppDbContext db, IAuditTrail audit, Guid id, CancellationToken ct)
    {
        var row = await Query((DbContext)db, id, ct);
        if (row is null)
        {
            return null;
        }

        db.Proposals.Entry(row.Proposal).State = EntityState.Unchanged;
        var head = row is { HeadSequence: { } sequence, HeadHash: { } hash } ? new ChainHead(AuditStreams.Proposal, id, sequence, hash) : null;
        audit.KnowHead(AuditStreams.Proposal, id, head);
        return new DossierToSubmit(row.Proposal, row.Organisations.ToDictionary(o => o.Id));
    }
}
