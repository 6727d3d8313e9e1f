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
        Assert.Equal([new EligibilityIssue("deadline_passed", "La date limite de dépôt est dépassée.")], IssuesOf(Eligible(), Deadline));
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

        Assert.Equal(
        [
            new("too_few_research_organisations", "Le consortium doit compter au moins 1 organisme(s) de recherche ; il en compte 0."),
            new("too_many_partners", "Le consortium compte 2 partenaires ; le maximum est 1."),
            new("duration_out_of_range", "La durée du projet doit être comprise entre 40 et 48 mois (actuellement 36 mois)."),
            new("consortium_agreement_missing", "L'accord de consortium (PDF) doit être joint au dossier."),
            new("deadline_passed", "La date limite de dépôt est dépassée."),
        ], IssuesOf(d, Deadline));
    }

    [Fact]
    public void Missing_fields_budgets_and_shares_are_issues_in_French()
    {
        var call = Call();
        var d = Eligible(call);
        var lead = d.Organisations.Values.Single(o => o.Category == FundingPortal.Domain.Organisations.OrganisationCategory.Sme);
        Assert.True(d.Proposal.UpdateFields(new ProjectFields("OCÉAN-5G", "Réseaux 5G", null, [], 4, 7, 36), call, WhileOpen).IsSuccess);
        Assert.True(d.Proposal.SetBudget(lead.Id, new Budget(5_000_000m, 0, 0, 0, 0), call, WhileOpen).IsSuccess);

        var issues = IssuesOf(d, WhileOpen);
        Assert.Equal(["missing_field", "missing_field", "budget_above_maximum", "partner_share_too_high"], issues.Select(i => i.Code));
        Assert.Equal("Champ obligatoire manquant : résumé.", issues[0].Message);
        Assert.Equal("Champ obligatoire manquant : mots-clés.", issues[1].Message);
        Assert.StartsWith("Le budget total (6", issues[2].Message);
        Assert.Equal("Ondes Bretonnes SAS porte 82,0 % du budget total ; le maximum autorisé est 70 %.", issues[3].Message);
    }
}
