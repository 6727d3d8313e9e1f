using FundingPortal.Domain.Reviews.Conflicts;

namespace FundingPortal.Benchmarks.Assignment;

public static class ConflictProfileGenerator
{
    public static (List<ProposalConflictProfile> Proposals, List<ExpertConflictProfile> Experts) Create(int proposals, int experts, int seed)
    {
        var random = new Random(seed);
        var organisations = Enumerable.Range(0, 2000)
            .Select(i => new PartnerOrganisation(Guid.NewGuid(), $"{100000000 + i}", random.Next(4) == 0 ? $"{900000000 + random.Next(50)}" : null))
            .ToArray();
        var expertProfiles = Enumerable.Range(0, experts)
            .Select(_ => new ExpertConflictProfile(
                Guid.NewGuid(),
                Enumerable.Range(0, random.Next(1, 4)).Select(_ => Affiliate(random, organisations)).ToList(),
                random.Next(5) == 0 ? [new DeclaredConflict(organisations[random.Next(organisations.Length)].OrganisationId, null)] : []))
            .ToList();
        var proposalProfiles = Enumerable.Range(0, proposals)
            .Select(_ => new ProposalConflictProfile(
                Guid.NewGuid(),
                Enumerable.Range(0, random.Next(2, 7)).Select(_ => organisations[random.Next(organisations.Length)]).ToList(),
                random.Next(3) == 0 ? new HashSet<Guid> { expertProfiles[random.Next(experts)].ExpertId } : new HashSet<Guid>()))
            .ToList();
        return (proposalProfiles, expertProfiles);
    }

    private static Affiliation Affiliate(Random random, PartnerOrganisation[] organisations)
    {
        var organisation = organisations[random.Next(organisations.Length)];
        DateOnly? to = random.Next(2) == 0 ? null : new DateOnly(2018 + random.Next(9), 1 + random.Next(12), 1);
        return new Affiliation(organisation.OrganisationId, organisation.Siren, organisation.ParentSiren, new DateOnly(2010, 1, 1), to);
    }
}
