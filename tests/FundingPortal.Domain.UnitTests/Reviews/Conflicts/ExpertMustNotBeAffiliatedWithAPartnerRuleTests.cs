using FundingPortal.Domain.Reviews.Conflicts;
using static FundingPortal.Domain.UnitTests.Reviews.Conflicts.ConflictProfiles;

namespace FundingPortal.Domain.UnitTests.Reviews.Conflicts;

public class ExpertMustNotBeAffiliatedWithAPartnerRuleTests
{
    private readonly ExpertMustNotBeAffiliatedWithAPartnerRule _rule = new();

    [Fact]
    public void A_current_affiliation_with_the_lead_partner_is_a_conflict()
    {
        var expert = Expert(AffiliationWith(Lead.OrganisationId, Lead.Siren));

        Assert.True(_rule.IsBroken(expert, Proposal(), Today));
    }

    [Fact]
    public void A_current_affiliation_with_another_partner_is_a_conflict()
    {
        var expert = Expert(AffiliationWith(Subsidiary.OrganisationId, Subsidiary.Siren, Subsidiary.ParentSiren));

        Assert.True(_rule.IsBroken(expert, Proposal(), Today));
    }

    [Fact]
    public void An_affiliation_that_ended_exactly_three_years_ago_is_still_a_conflict()
    {
        var expert = Expert(AffiliationWith(Lead.OrganisationId, Lead.Siren, to: ExactlyThreeYearsAgo));

        Assert.True(_rule.IsBroken(expert, Proposal(), Today));
    }

    [Fact]
    public void An_affiliation_that_ended_three_years_and_one_day_ago_is_not_a_conflict()
    {
        var expert = Expert(AffiliationWith(Lead.OrganisationId, Lead.Siren, to: ThreeYearsAndOneDayAgo));

        Assert.False(_rule.IsBroken(expert, Proposal(), Today));
    }

    [Fact]
    public void An_affiliation_with_an_organisation_outside_the_consortium_is_not_a_conflict()
    {
        Assert.False(_rule.IsBroken(Expert(UnrelatedAffiliation()), Proposal(), Today));
    }

    [Fact]
    public void An_expert_without_affiliations_is_not_in_conflict()
    {
        Assert.False(_rule.IsBroken(Expert(), Proposal(), Today));
    }
}
