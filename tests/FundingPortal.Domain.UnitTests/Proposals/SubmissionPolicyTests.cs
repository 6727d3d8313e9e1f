using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Proposals.Submission;
using static FundingPortal.Domain.UnitTests.Proposals.ProposalFactory;

namespace FundingPortal.Domain.UnitTests.Proposals;

/// <summary>"Pourquoi ne puis-je pas déposer ?": every issue at once, in French, the deadline last.</summary>
public sealed class SubmissionPolicyTests
{
    private static IReadOnlyList<EligibilityIssue> IssuesOf(Dossier d, DateTimeOffset now) => SubmissionPolicy.Issues(d.Proposal, d.Call, d.Organisations, now);

    [Fact]
    public void An_eligible_dossier_has_no_issue_while_the_call_is_open()
    {
        Assert.Empty(IssuesOf(Eligible(), WhileOpen));
        Assert.Empty(IssuesOf(Eligible(), Deadline.AddMilliseconds(-1)));
    }

    [Fact]
    public void From_the_deadline_on_the_only_issue_of_an_eligible_dossier_is_the_deadline()
    {
        Assert.Equal(["deadline_passed"], IssuesOf(Eligible(), Deadline).Select(i => i.Code));
    }

    [Fact]
    public void Before_the_call_opens_the_deadline_is_not_an_issue()
    {
        Assert.Empty(IssuesOf(Eligible(), Published.AddDays(2)));
    }

    [Fact]
    public void Every_rule_of_the_call_is_listed_in_order_and_the_deadline_comes_last()
    {
        var rules = EligibilityRules.Default with { MaxPartners = 1, ConsortiumAgreementRequired = true, MinDurationMonths = 40 };
        var d = WithoutResearchOrganisation(Call(rules: rules));

        var issues = IssuesOf(d, Deadline);
        Assert.Equal(["too_few_research_organisations", "too_many_partners", "duration_out_of_range", "consortium_agreement_missing", "deadline_passed"],
            issues.Select(i => i.Code));
        Assert.Equal([1, 0], issues[0].Values);
        Assert.Equal([2, 1], issues[1].Values);
        Assert.Equal([40, 48, 36], issues[2].Values);
        Assert.Empty(issues[3].Values);
    }

    [Fact]
    public void Missing_fields_budgets_and_shares_are_issues_with_their_facts()
    {
        var call = Call();
        var d = Eligible(call);
        var lead = d.Organisations.Values.Single(o => o.Category == FundingPortal.Domain.Organisations.OrganisationCategory.Sme);
        Assert.True(d.Proposal.UpdateFields(new ProjectFields("OCÉAN-5G", "Réseaux 5G", null, [], 4, 7, 36), call, WhileOpen).IsSuccess);
        Assert.True(d.Proposal.SetBudget(lead.Id, new Budget(5_000_000m, 0, 0, 0, 0), call, WhileOpen).IsSuccess);

        var issues = IssuesOf(d, WhileOpen);
        Assert.Equal(["missing_field", "missing_field", "budget_above_maximum", "partner_share_too_high"], issues.Select(i => i.Code));
        Assert.Equal(["summary"], issues[0].Values);
        Assert.Equal(["keywords"], issues[1].Values);
        Assert.Equal("Ondes Bretonnes SAS", issues[3].Values[0]);
        Assert.Equal(0.82m, Math.Round((decimal)issues[3].Values[1], 2));
        Assert.Equal(0.70m, (decimal)issues[3].Values[2]);
    }
}
