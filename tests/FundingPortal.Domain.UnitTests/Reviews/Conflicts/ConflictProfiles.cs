using FundingPortal.Domain.Reviews.Conflicts;

namespace FundingPortal.Domain.UnitTests.Reviews.Conflicts;

internal static class ConflictProfiles
{
    public static readonly DateOnly Today = new(2026, 6, 15);
    public static readonly DateOnly ExactlyThreeYearsAgo = new(2023, 6, 15);
    public static readonly DateOnly ThreeYearsAndOneDayAgo = new(2023, 6, 14);

    public static readonly Guid ProposalId = Guid.Parse("0000000a-0000-0000-0000-000000000001");
    public static readonly Guid OtherProposalId = Guid.Parse("0000000a-0000-0000-0000-000000000002");
    public static readonly Guid ExpertId = Guid.Parse("0000000e-0000-0000-0000-000000000001");

    public static readonly PartnerOrganisation Lead = new(Guid.Parse("00000001-0000-0000-0000-000000000001"), "732829320", null);
    public static readonly PartnerOrganisation Subsidiary = new(Guid.Parse("00000001-0000-0000-0000-000000000002"), "404833048", "552100554");
    public static readonly Guid UnrelatedOrganisationId = Guid.Parse("00000001-0000-0000-0000-000000000099");

    public static ProposalConflictProfile Proposal(params Guid[] excludedExperts) =>
        new(ProposalId, [Lead, Subsidiary], excludedExperts.ToHashSet());

    public static ExpertConflictProfile Expert(params Affiliation[] affiliations) => new(ExpertId, affiliations, []);

    public static ExpertConflictProfile ExpertDeclaring(params DeclaredConflict[] declared) => new(ExpertId, [], declared);

    public static Affiliation AffiliationWith(Guid organisationId, string siren, string? parentSiren = null, DateOnly? to = null) =>
        new(organisationId, siren, parentSiren, new DateOnly(2015, 1, 1), to);

    public static Affiliation UnrelatedAffiliation(DateOnly? to = null) => AffiliationWith(UnrelatedOrganisationId, "356000000", null, to);
}
