using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Reviews.Conflicts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Conflicts;

/// <summary>
/// The dossiers an expert has a conflict with, declared or detected (affiliation, corporate group, exclusion by the
/// applicants): for that expert they do not exist — lists skip them, and their assignment, review, evaluation,
/// documents and attachments answer 404.
/// </summary>
public sealed class ConflictedProposals(IAppDbContext db, ConflictProfiles conflicts)
{
    public async Task<IReadOnlySet<Guid>> Among(Guid expertId, IReadOnlyCollection<Guid> proposalIds, CancellationToken ct)
    {
        if (proposalIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var expert = await db.Experts.AsNoTracking().Include(e => e.DeclaredConflicts).FirstOrDefaultAsync(e => e.Id == expertId, ct);
        if (expert is null)
        {
            return new HashSet<Guid>();
        }

        var proposals = await db.Proposals.AsNoTracking().Include(p => p.Partners).Where(p => proposalIds.Contains(p.Id)).ToListAsync(ct);
        var expertProfile = (await conflicts.ForExperts([expert], ct))[0];
        var proposalProfiles = await conflicts.ForProposals(proposals, ct);
        return proposalProfiles.Where(p => ConflictOfInterestDetector.Detect(expertProfile, p, conflicts.Today) is not null).Select(p => p.ProposalId).ToHashSet();
    }

    public async Task<bool> With(Guid expertId, Guid proposalId, CancellationToken ct) => (await Among(expertId, [proposalId], ct)).Count > 0;
}
