using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Verification;

/// <summary>
/// The ready documents the public verification may speak of. The minutes of a committee session are one document
/// copied into each dossier of its agenda (same bytes, same code): the copy of the first reference answers.
/// </summary>
public sealed class IssuedDocuments(IAppDbContext db)
{
    public async Task<VerifiableDocument?> FindAsync(string? sha256, string? code, CancellationToken ct)
    {
        var documents = db.GeneratedDocuments.AsNoTracking().Where(d => d.Status == DocumentStatus.Ready);
        documents = sha256 is not null ? documents.Where(d => d.Sha256 == sha256) : documents.Where(d => d.VerificationCode == code);
        var found = await documents
            .Join(db.Proposals, d => d.ProposalId, p => p.Id, (d, p) => new { d.Kind, p.Reference, d.Version, d.IssuedAt, d.ReadyAt, d.Sha256, d.VerificationCode, Kept = db.DocumentContents.Any(c => c.DocumentId == d.Id) })
            .OrderBy(d => d.Reference).ThenBy(d => d.Kind)
            .FirstOrDefaultAsync(ct);
        return found is null
            ? null
            : new VerifiableDocument(new VerifiedDocument(found.Kind, found.Reference, found.Version, found.IssuedAt ?? found.ReadyAt!.Value),
                found.VerificationCode ?? string.Empty, found.Sha256!, found.Kept);
    }
}
