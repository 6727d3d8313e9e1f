using FundingPortal.Domain.Reviews.Conflicts;
using static FundingPortal.Domain.UnitTests.Reviews.Conflicts.ConflictProfiles;

namespace FundingPortal.Domain.UnitTests.Reviews.Conflicts;

public class ExpertMustNotBelongToTheCorporateGroupOfAPartnerRuleTests
{
    private readonly ExpertMustNotBelongToTheCorporateGroupOfAPartnerRule _rule = new();

    [Fact]
    public void A_sister_company_of_a_partner_is_a_conflict()
    {
        var expert = Expert(AffiliationWith(UnrelatedOrganisationId, "999999999", Subsidiary.ParentSiren));

        Assert.True(_rule.IsBroken(expert, Proposal(), Today));
    }

    [Fact]
    public void The_parent_company_of_a_partner_is_a_conflict()
    {
        var expert = Expert(AffiliationWith(UnrelatedOrganisationId, Subsidiary.ParentSiren!));

        Assert.True(_rule.IsBroken(expert, Proposal(), Today));
    }

    [Fact]
    public void A_subsidiary_of_a_partner_without_parent_is_a_conflict()
    {
        var expert = Expert(AffiliationWith(UnrelatedOrganisationId, "999999999", Lead.Siren));

        Assert.True(_rule.IsBroken(expert, Proposal(), Today));
    }

    [Fact]
    public void Spaces_in_a_siren_do_not_hide_the_group()
    {
        var expert = Expert(AffiliationWith(UnrelatedOrganisationId, "999999999", "552 100 554"));

        Assert.True(_rule.IsBroken(expert, Proposal(), Today));
    }

    [Fact]
    public void A_group_affiliation_that_ended_exactly_three_years_ago_is_still_a_conflict()
    {
        var expert = Expert(AffiliationWith(UnrelatedOrganisationId, "999999999", Subsidiary.ParentSiren, ExactlyThreeYearsAgo));

        Assert.True(_rule.IsBroken(expert, Proposal(), Today));
    }

    [Fact]
    public void A_group_affiliation_that_ended_three_years_and_one_day_ago_is_not_a_conflict()
    {
        var expert = Expert(AffiliationWith(UnrelatedOrganisationId, "999999999", Subsidiary.ParentSiren, ThreeYearsAndOneDayAgo));

        Assert.False(_rule.IsBroken(expert, Proposal(), Today));
    }

    [Fact]
    public void Two_independent_companies_are_not_a_conflict()
    {
        Assert.False(_rule.IsBroken(Expert(UnrelatedAffiliation()), Proposal(), Today));
    }

    [Fact]
    public void Sharing_a_parent_siren_with_a_company_that_is_not_a_partner_is_not_a_conflict()
    {
        var expert = Expert(AffiliationWith(UnrelatedOrganisationId, "999999999", "111111111"));

        Assert.False(_rule.IsBroken(expert, Proposal(), Today));
    }
}
