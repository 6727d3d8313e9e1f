using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Proposals.Submission;

namespace FundingPortal.ArchitectureTests;

/// <summary>The aggregate decides a submission itself: nobody hands it a verdict, a snapshot or a version number.</summary>
public sealed class SubmissionRulesTests
{
    [Fact]
    public void Proposal_Submit_takes_no_precomputed_issues_no_snapshot_text_and_no_version_number()
    {
        var submits = typeof(Proposal).GetMethods().Where(m => m.Name == nameof(Proposal.Submit)).ToList();

        Assert.Single(submits);
        var parameters = submits[0].GetParameters().Select(p => p.ParameterType).ToList();
        Assert.DoesNotContain(typeof(IReadOnlyList<EligibilityIssue>), parameters);
        Assert.DoesNotContain(typeof(string), parameters);
        Assert.DoesNotContain(typeof(int), parameters);
        Assert.Contains(typeof(Func<int, FrozenContent>), parameters);
    }

    [Fact]
    public void Eligibility_is_evaluated_only_inside_the_domain_s_submission_policy()
    {
        var evaluator = typeof(SubmissionPolicy).Assembly.GetType("FundingPortal.Domain.Proposals.Submission.EligibilityEvaluator");

        Assert.NotNull(evaluator);
        Assert.False(evaluator.IsPublic);
        Assert.DoesNotContain(typeof(SubmissionPolicy).GetMethods(), m => m.IsPublic && m.Name == "Check");
    }

    [Fact]
    public void The_deadline_of_a_submission_is_decided_by_the_window_rule_alone()
    {
        var proposals = Source.CSharpFiles("src/FundingPortal.Domain/Proposals");

        Assert.Equal(
        [
            "src/FundingPortal.Domain/Proposals/Proposal.cs: return Error.Conflict(\"deadline_passed\", \"The submission deadline has passed; the dossier is frozen.\");",
            "src/FundingPortal.Domain/Proposals/Submission/Rules/CallMustBeOpenForSubmissionRule.cs: public const string DeadlinePassed = \"deadline_passed\";",
        ], Source.FilesContaining("\"deadline_passed\"", proposals));
    }

    [Fact]
    public void The_next_version_number_is_computed_in_Proposal_Submit_only() =>
        Assert.Equal(["src/FundingPortal.Domain/Proposals/Proposal.cs: var number = LatestVersion + 1;"], Source.FilesContaining("LatestVersion + 1"));
}
