using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Domain.Proposals.Submission;

/// <summary>Answers "why can't I submit?": every blocking issue at once, from the call's rules (the window is <see cref="Rules.CallMustBeOpenForSubmissionRule"/>'s).</summary>
internal static class EligibilityEvaluator
{
    public static IReadOnlyList<EligibilityIssue> Evaluate(Proposal proposal, Call call, IReadOnlyDictionary<Guid, Organisation> organisations,
        bool preProposal = false)
    {
        var issues = new List<EligibilityIssue>();
        var rules = call.Eligibility;

        AddMissingFields(proposal, issues);

        var partners = proposal.Partners
            .Select(p => (Partner: p, Organisation: organisations.GetValueOrDefault(p.OrganisationId)))
            .Where(p => p.Organisation is not null)
            .ToList();

        var companies = partners.Count(p => p.Organisation!.Category.IsCompany());
        if (companies < rules.MinCompanies)
        {
            issues.Add(new("too_few_companies", rules.MinCompanies, companies));
        }

        var research = partners.Count(p => p.Organisation!.Category == OrganisationCategory.Research);
        if (research < rules.MinResearchOrganisations)
        {
            issues.Add(new("too_few_research_organisations", rules.MinResearchOrganisations, research));
        }

        var smeOrMidCap = partners.Count(p => p.Organisation!.Category.IsSmeOrMidCap());
        if (smeOrMidCap < rules.MinSmeOrMidCap)
        {
            issues.Add(new("too_few_sme_or_midcap", rules.MinSmeOrMidCap, smeOrMidCap));
        }

        if (rules.MaxPartners is { } maxPartners && partners.Count > maxPartners)
        {
            issues.Add(new("too_many_partners", partners.Count, maxPartners));
        }

        var lead = partners.FirstOrDefault(p => p.Partner.IsLead).Organisation;
        if (rules.LeadMustBeCompany && lead is not null && !lead.Category.IsCompany())
        {
            issues.Add(new("lead_not_company"));
        }

        if (preProposal)
        {
            // A pre-proposal gives one estimated total per partner; the budget rules apply to the full dossier only.
            foreach (var (_, organisation) in partners.Where(p => p.Partner.EstimatedTotal is null))
            {
                issues.Add(new("partner_without_estimate", organisation!.Name));
            }
        }
        else
        {
            foreach (var (partner, organisation) in partners.Where(p => !p.Partner.HasBudget))
            {
                issues.Add(new("partner_without_budget", organisation!.Name));
            }

            AddBudgetIssues(proposal, rules, partners, issues);
        }

        if (proposal.DurationMonths < rules.MinDurationMonths || proposal.DurationMonths > rules.MaxDurationMonths)
        {
            issues.Add(new("duration_out_of_range", rules.MinDurationMonths, rules.MaxDurationMonths, proposal.DurationMonths));
        }

        if (!preProposal && rules.ConsortiumAgreementRequired && proposal.Attachments.All(a => a.Kind != AttachmentKind.ConsortiumAgreement))
        {
            issues.Add(new("consortium_agreement_missing"));
        }

        return issues;
    }

    private static void AddMissingFields(Proposal proposal, List<EligibilityIssue> issues)
    {
        void Require(bool present, string field)
        {
            if (!present)
            {
                issues.Add(new("missing_field", field));
            }
        }

        Require(!string.IsNullOrWhiteSpace(proposal.Acronym), "acronym");
        Require(!string.IsNullOrWhiteSpace(proposal.Title), "title");
        Require(!string.IsNullOrWhiteSpace(proposal.Summary), "summary");
        Require(proposal.Keywords.Count > 0, "keywords");
        Require(proposal.TrlStart is >= 1 and <= 9 && proposal.TrlTarget is >= 1 and <= 9, "trl");
        Require(proposal.DurationMonths > 0, "durationMonths");
    }

    private static void AddBudgetIssues(Proposal proposal, EligibilityRules rules,
        List<(ProposalPartner Partner, Organisation? Organisation)> partners, List<EligibilityIssue> issues)
    {
        var total = proposal.TotalBudget;
        if (rules.MinTotalBudget is { } min && total < min)
        {
            issues.Add(new("budget_below_minimum", total, min));
        }

        if (rules.MaxTotalBudget is { } max && total > max)
        {
            issues.Add(new("budget_above_maximum", total, max));
        }

        if (total <= 0)
        {
            return;
        }

        foreach (var (partner, organisation) in partners)
        {
            var share = partner.Budget.Total / total;
            if (share > rules.MaxPartnerShare)
            {
                issues.Add(new("partner_share_too_high", organisation!.Name, share, rules.MaxPartnerShare));
            }
        }
    }
}
