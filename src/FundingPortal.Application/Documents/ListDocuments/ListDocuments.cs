using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Documents.ListDocuments;

/// <summary>The generated documents of a dossier that the caller may see in their role (<see cref="DocumentVisibility"/>).</summary>
public sealed class ListDocuments(IAppDbContext db, ProposalVisibility visibility)
{
    public async Task<Result<IReadOnlyList<DocumentSummary>>> Handle(Guid proposalId, CancellationToken ct)
    {
        var visible = await visibility.LoadVisible(proposalId, ct);
        if (!visible.IsSuccess)
        {
            return visible.Error!;
        }

        var relation = visible.Value.Relation;
        var documents = await db.GeneratedDocuments.AsNoTracking().Where(d => d.ProposalId == proposalId).OrderBy(d => d.CreatedAt).ThenBy(d => d.Kind).ToListAsync(ct);
        return documents.Where(d => DocumentVisibility.MaySee(relation, d.Kind)).Select(DocumentSummary.From).ToList();
    }
}
