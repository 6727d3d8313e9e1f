using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews.Conflicts;
using FundingPortal.Domain.Reviews.Experts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Conflicts;

/// <summary>
/// Builds the conflict-of-interest inputs from the data: partners' and affiliations' SIRENs, declarations, exclusions.
/// The organisation an expert's account belongs to today is an affiliation too, listed on the profile or not.
/// </summary>
public sealed class ConflictProfiles(IAppDbContext db, IUserDirectory users, TimeProvider clock)
{
    public DateOnly Today => ParisTime.Today(clock.GetUtcNow());

    public async Task<IReadOnlyList<ProposalConflictProfile>> ForProposals(IReadOnlyCollection<Proposal> proposals, CancellationToken ct)
    {
        var sirens = await SirensOf(proposals.SelectMany(p => p.Partners.Select(x => x.OrganisationId)), ct);
        return proposals.Select(p => new ProposalConflictProfile(p.Id,
                p.Partners.Select(x => Partner(x.OrganisationId, sirens)).ToList(),
                p.ExcludedExpertIds.ToHashSet()))
            .ToList();
    }

    public async Task<IReadOnlyList<ExpertConflictProfile>> ForExperts(IReadOnlyCollection<Expert> experts, CancellationToken ct)
    {
        var memberships = await users.OrganisationsOfAsync(experts.Select(e => e.UserId).ToList(), ct);
        var sirens = await SirensOf(experts.SelectMany(e => e.Affiliations.Select(a => a.OrganisationId)).Concat(memberships.Values), ct);
        var today = Today;
        return experts.Select(e => new ExpertConflictProfile(e.Id,
                AffiliationsOf(e, memberships.TryGetValue(e.UserId, out var current) ? current : null, today).Select(a =>
                {
                    var partner = Partner(a.OrganisationId, sirens);
                    return new Affiliation(a.OrganisationId, partner.Siren, partner.ParentSiren, a.From, a.To);
                }).ToList(),
                e.DeclaredConflicts.Select(c => new DeclaredConflict(c.OrganisationId, c.ProposalId)).ToList()))
            .ToList();
    }

    /// <summary>
    /// The profile of people who are not (all) experts, such as committee members, by user: an expert's own profile when
    /// they have one (affiliations, declarations, exclusions by applicants), else their current organisation as affiliation.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, ExpertConflictProfile>> ForPeople(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var experts = await db.Experts.AsNoTracking().Include(e => e.DeclaredConflicts).Where(e => userIds.Contains(e.UserId)).ToListAsync(ct);
        var profiles = (await ForExperts(experts, ct)).Zip(experts, (profile, expert) => (expert.UserId, profile)).ToDictionary(x => x.UserId, x => x.profile);
        var others = userIds.Where(u => !profiles.ContainsKey(u)).ToList();
        var memberships = await users.OrganisationsOfAsync(others, ct);
        var sirens = await SirensOf(memberships.Values, ct);
        var today = Today;
        foreach (var (userId, organisationId) in memberships)
        {
            var organisation = Partner(organisationId, sirens);
            profiles[userId] = new ExpertConflictProfile(userId, [new Affiliation(organisationId, organisation.Siren, organisation.ParentSiren, today, null)], []);
        }

        return profiles;
    }

    private static IEnumerable<ExpertAffiliation> AffiliationsOf(Expert expert, Guid? currentOrganisationId, DateOnly today) =>
        currentOrganisationId is { } current && !expert.Affiliations.Any(a => a.OrganisationId == current && a.To is null)
            ? expert.Affiliations.Append(new ExpertAffiliation(current, today, null))
            : expert.Affiliations;

    /// <summary>The first rule the pair breaks, or null.</summary>
    public async Task<ConflictOfInterest?> Detect(Expert expert, Proposal proposal, CancellationToken ct)
    {
        var expertProfile = (await ForExperts([expert], ct))[0];
        var proposalProfile = (await ForProposals([proposal], ct))[0];
        return ConflictOfInterestDetector.Detect(expertProfile, proposalProfile, Today);
    }

    private async Task<Dictionary<Guid, (string Siren, string? ParentSiren)>> SirensOf(IEnumerable<Guid> organisationIds, CancellationToken ct)
    {
        var ids = organisationIds.Distinct().ToList();
        var rows = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Siren, o.ParentSiren }).ToListAsync(ct);
        return rows.ToDictionary(o => o.Id, o => (o.Siren, o.ParentSiren));
    }

    // An organisation missing from the table has no SIREN to compare: it still conflicts by identity, never by group.
    private static PartnerOrganisation Partner(Guid organisationId, Dictionary<Guid, (string Siren, string? ParentSiren)> sirens) =>
        sirens.TryGetValue(organisationId, out var s) ? new PartnerOrganisation(organisationId, s.Siren, s.ParentSiren) : new PartnerOrganisation(organisationId, "", null);
}
