using FundingPortal.Domain.Reviews.Conflicts;
using static FundingPortal.Domain.UnitTests.Reviews.Conflicts.ConflictProfiles;

namespace FundingPortal.Domain.UnitTests.Reviews.Conflicts;

public class ConflictOfInterestDetectorTests
{
    [Fact]
    public void An_expert_without_any_link_has_no_conflict()
    {
        var expert = new ExpertConflictProfile(ExpertId, [UnrelatedAffiliation()], [new DeclaredConflict(null, OtherProposalId)]);

        Assert.Null(ConflictOfInterestDetector.Detect(expert, Proposal(), Today));
    }

    [Fact]
    public void The_first_applicable_rule_gives_the_reason()
    {
        var expert = new ExpertConflictProfile(
            ExpertId,
            [AffiliationWith(Lead.OrganisationId, Lead.Siren)],
            [new DeclaredConflict(null, ProposalId)]);

        var conflict = ConflictOfInterestDetector.Detect(expert, Proposal(ExpertId), Today);

        Assert.Equal(ConflictOfInterestCodes.AffiliatedWithPartner, conflict?.Code);
    }

    [Theory]
    [InlineData(ConflictOfInterestCodes.AffiliatedWithPartner, "L’expert est ou a été affilié, au cours des trois dernières années, à une organisation partenaire du dossier.")]
    [InlineData(ConflictOfInterestCodes.SameCorporateGroup, "L’expert est ou a été affilié, au cours des trois dernières années, à une organisation du même groupe qu’un partenaire du dossier.")]
    [InlineData(ConflictOfInterestCodes.DeclaredConflict, "L’expert a déclaré un conflit d’intérêts avec un partenaire ou avec ce dossier.")]
    [InlineData(ConflictOfInterestCodes.ExcludedByApplicants, "Les porteurs du dossier ont demandé que cet expert soit exclu de son évaluation.")]
    public void Each_reason_has_a_stable_code_and_a_french_message(string code, string message)
    {
        var (expert, proposal) = code switch
        {
            ConflictOfInterestCodes.AffiliatedWithPartner => (Expert(AffiliationWith(Lead.OrganisationId, Lead.Siren)), Proposal()),
            ConflictOfInterestCodes.SameCorporateGroup => (Expert(AffiliationWith(UnrelatedOrganisationId, "999999999", Lead.Siren)), Proposal()),
            ConflictOfInterestCodes.DeclaredConflict => (ExpertDeclaring(new DeclaredConflict(null, ProposalId)), Proposal()),
            _ => (Expert(), Proposal(ExpertId)),
        };

        Assert.Equal(new ConflictOfInterest(code, message), ConflictOfInterestDetector.Detect(expert, proposal, Today));
    }

    [Fact]
    public void Conflicted_pairs_lists_every_conflicted_proposal_and_expert()
    {
        var clean = new ExpertConflictProfile(Guid.Parse("0000000e-0000-0000-0000-000000000002"), [UnrelatedAffiliation()], []);
        var conflicted = Expert(AffiliationWith(Lead.OrganisationId, Lead.Siren));
        var other = new ProposalConflictProfile(OtherProposalId, [new PartnerOrganisation(UnrelatedOrganisationId, "356000000", null)], new HashSet<Guid>());

        var pairs = ConflictOfInterestDetector.ConflictedPairs([Proposal(), other], [clean, conflicted], Today);

        Assert.Equal([(ProposalId, ExpertId), (OtherProposalId, clean.ExpertId)], pairs.Order());
    }
}
