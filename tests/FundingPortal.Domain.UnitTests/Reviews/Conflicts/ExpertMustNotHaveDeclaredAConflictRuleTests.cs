using FundingPortal.Domain.Reviews.Conflicts;
using static FundingPortal.Domain.UnitTests.Reviews.Conflicts.ConflictProfiles;

namespace FundingPortal.Domain.UnitTests.Reviews.Conflicts;

public class ExpertMustNotHaveDeclaredAConflictRuleTests
{
    private readonly ExpertMustNotHaveDeclaredAConflictRule _rule = new();

    [Fact]
    public void A_conflict_declared_with_a_partner_organisation_applies()
    {
        var expert = ExpertDeclaring(new DeclaredConflict(Subsidiary.OrganisationId, null));

        Assert.True(_rule.IsBroken(expert, Proposal(), Today));
    }

    [Fact]
    public void A_conflict_declared_with_the_proposal_applies()
    {
        var expert = ExpertDeclaring(new DeclaredConflict(null, ProposalId));

        Assert.True(_rule.IsBroken(expert, Proposal(), Today));
    }

    [Fact]
    public void A_conflict_declared_with_another_organisation_or_proposal_does_not_apply()
    {
        var expert = ExpertDeclaring(new DeclaredConflict(UnrelatedOrganisationId, null), new DeclaredConflict(null, OtherProposalId));

        Assert.False(_rule.IsBroken(expert, Proposal(), Today));
    }

    [Fact]
    public void No_declaration_means_no_declared_conflict()
    {
        Assert.False(_rule.IsBroken(ExpertDeclaring(), Proposal(), Today));
    }
}
