using System.Globalization;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Domain.Proposals.Submission;

/// <summary>Answers "why can't I submit?": every blocking issue at once, from the call's rules (the window is <see cref="Rules.CallMustBeOpenForSubmissionRule"/>'s).</summary>
internal static class EligibilityEvaluator
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static IReadOnlyList<EligibilityIssue> Evaluate(Proposal proposal, Call call, IReadOnlyDictionary<Guid, Organisation> organisations)
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
            issues.Add(new("too_few_companies", $"Le consortium doit compter au moins {rules.MinCompanies} entreprise(s) ; il en compte {companies}."));
        }

        var research = partners.Count(p => p.Organisation!.Category == OrganisationCategory.Research);
        if (research < rules.MinResearchOrganisations)
        {
            issues.Add(new("too_few_research_organisations", $"Le consortium doit compter au moins {rules.MinResearchOrganisations} organisme(s) de recherche ; il en compte {research}."));
        }

        var smeOrMidCap = partners.Count(p => p.Organisation!.Category.IsSmeOrMidCap());
        if (smeOrMidCap < rules.MinSmeOrMidCap)
        {
            issues.Add(new("too_few_sme_or_midcap", $"Le consortium doit compter au moins {rules.MinSmeOrMidCap} PME ou ETI ; il en compte {smeOrMidCap}."));
        }

        if (rules.MaxPartners is { } maxPartners && partners.Count > maxPartners)
        {
            issues.Add(new("too_many_partners", $"Le consortium compte {partners.Count} partenaires ; le maximum est {maxPartners}."));
        }

        var lead = partners.FirstOrDefault(p => p.Partner.IsLead).Organisation;
        if (rules.LeadMustBeCompany && lead is not null && !lead.Category.IsCompany())
        {
            issues.Add(new("lead_not_company", "Le chef de file doit être une entreprise."));
        }

        foreach (var (partner, organisation) in partners.Where(p => !p.Partner.HasBudget))
        {
            issues.Add(new("partner_without_budget", $"{organisation!.Name} n'a pas encore renseigné son budget."));
        }

        AddBudgetIssues(proposal, rules, partners, issues);

        if (proposal.DurationMonths < rules.MinDurationMonths || proposal.DurationMonths > rules.MaxDurationMonths)
        {
            issues.Add(new("duration_out_of_range", $"La durée du projet doit être comprise entre {rules.MinDurationMonths} et {rules.MaxDurationMonths} mois (actuellement {proposal.DurationMonths} mois)."));
        }

        if (rules.ConsortiumAgreementRequired && proposal.Attachments.All(a => a.Kind != AttachmentKind.ConsortiumAgreement))
        {
            issues.Add(new("consortium_agreement_missing", "L'accord de consortium (PDF) doit être joint au dossier."));
        }

        return issues;
    }

    private static void AddMissingFields(Proposal proposal, List<EligibilityIssue> issues)
    {
        void Require(bool present, string label)
        {
            if (!present)
            {
                issues.Add(new("missing_field", $"Champ obligatoire manquant : {label}."));
            }
        }

        Require(!string.IsNullOrWhiteSpace(proposal.Acronym), "acronyme");
        Require(!string.IsNullOrWhiteSpace(proposal.Title), "titre");
        Require(!string.IsNullOrWhiteSpace(proposal.Summary), "résumé");
        Require(proposal.Keywords.Count > 0, "mots-clés");
        Require(proposal.TrlStart is >= 1 and <= 9 && proposal.TrlTarget is >= 1 and <= 9, "TRL de départ et visé");
        Require(proposal.DurationMonths > 0, "durée en mois");
    }

    private static void AddBudgetIssues(Proposal proposal, EligibilityRules rules,
        List<(ProposalPartner Partner, Organisation? Organisation)> partners, List<EligibilityIssue> issues)
    {
        var total = proposal.TotalBudget;
        if (rules.MinTotalBudget is { } min && total < min)
        {
            issues.Add(new("budget_below_minimum", $"Le budget total ({Euros(total)}) est inférieur au minimum de l'appel ({Euros(min)})."));
        }

        if (rules.MaxTotalBudget is { } max && total > max)
        {
            issues.Add(new("budget_above_maximum", $"Le budget total ({Euros(total)}) dépasse le maximum de l'appel ({Euros(max)})."));
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
                issues.Add(new("partner_share_too_high",
                    $"{organisation!.Name} porte {share.ToString("P1", French)} du budget total ; le maximum autorisé est {rules.MaxPartnerShare.ToString("P0", French)}."));
            }
        }
    }

    private static string Euros(decimal amount) => amount.ToString("C2", French);
}
