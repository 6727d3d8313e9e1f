using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Domain.Committees;
using FundingPortal.Domain.Reviews.Conflicts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Committees;

/// <summary>
/// Applies the conflict-of-interest rules of expert assignment to committee members (affiliation with a partner or its
/// corporate group, declared conflicts, exclusion by the applicants) and records a recusal for each conflict found, with
/// the reason "conflit détecté : …", on the session and on the dossier's audit chain.
/// </summary>
public sealed class MemberConflicts(IAppDbContext db, ConflictProfiles profiles, IAuditTrail audit)
{
    public async Task RecuseConflicted(CommitteeSession session, IReadOnlyCollection<Guid> memberUserIds, DateTimeOffset now, CancellationToken ct)
    {
        var proposalIds = session.Agenda.Select(a => a.ProposalId).ToList();
        var proposals = await db.Proposals.AsNoTracking().Include(p => p.Partners).Where(p => proposalIds.Contains(p.Id)).ToListAsync(ct);
        var dossiers = await profiles.ForProposals(proposals, ct);
        var members = await profiles.ForPeople(memberUserIds, ct);
        foreach (var (userId, member) in members)
        {
            foreach (var dossier in dossiers)
            {
                if (ConflictOfInterestDetector.Detect(member, dossier, profiles.Today) is not { } conflict || session.IsRecused(userId, dossier.ProposalId))
                {
                    continue;
                }

                var reason = Reason(conflict.Code);
                if (session.Recuse(userId, dossier.ProposalId, reason, detected: true, now).IsSuccess)
                {
                    await audit.RecordAsync(AuditStreams.Proposal, dossier.ProposalId, "committee_member_recused", null, null,
                        new { committeeSessionId = session.Id, userId, reason, detected = true, conflict = conflict.Code }, ct);
                }
            }
        }
    }

    /// <summary>The rules' own messages speak of "the expert": a member's reason says what was found without naming a role.</summary>
    public static string Reason(string code) => "conflit détecté : " + code switch
    {
        ConflictOfInterestCodes.AffiliatedWithPartner => "rattachement, actuel ou au cours des trois dernières années, à une organisation partenaire du dossier",
        ConflictOfInterestCodes.SameCorporateGroup => "rattachement à une organisation du même groupe qu'un partenaire du dossier",
        ConflictOfInterestCodes.DeclaredConflict => "conflit d'intérêts déclaré avec un partenaire ou avec ce dossier",
        ConflictOfInterestCodes.ExcludedByApplicants => "exclusion demandée par les porteurs du dossier",
        _ => code,
    };
}
