using FundingPortal.Domain.Reviews.Conflicts;
using static FundingPortal.Domain.UnitTests.Reviews.Conflicts.ConflictProfiles;

namespace FundingPortal.Domain.UnitTests.Reviews.Conflicts;

public class ExpertMustNotBeExcludedByApplicantsRuleTests
{
    private readonly ExpertMustNotBeExcludedByApplicantsRule _rule = new();

    [Fact]
    public void An_expert_the_applicants_excluded_is_in_conflict()
    {
        Assert.True(_rule.IsBroken(Expert(), Proposal(ExpertId), Today));
    }

    [Fact]
    public void An_expert_the_applicants_did_not_exclude_is_not_in_conflict()
    {
        Assert.False(_rule.IsBroken(Expert(), Proposal(Guid.Parse("0000000e-0000-0000-0000-000000000002")), Today));
    }
}
