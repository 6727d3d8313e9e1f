using FundingPortal.Application.Calls;
using FundingPortal.Application.Funders;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using FundingPortal.Web.Formatting;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FundingPortal.Web.Pages.Calls;

/// <summary>The call form as typed: local Paris date-times, amounts and percentages as text so nothing typed is lost.</summary>
public sealed class CallInput
{
    public string? Title { get; set; }
    public string? Programme { get; set; }
    public string? Description { get; set; }
    public List<string> Territory { get; set; } = [.. Regions.ClusterTerritory];
    public string? OpensAt { get; set; }
    public string? SubmissionDeadline { get; set; }
    public string? ReviewDeadline { get; set; }
    public string? CommitteeDate { get; set; }
    public string? FundingDecisionDeadline { get; set; }
    public string? PreProposalDeadline { get; set; }
    public int? PreProposalMaxPages { get; set; }
    public int? ExpertsPerProposal { get; set; } = 2;
    public bool HideBudgetFromExperts { get; set; }
    public List<FunderInput> Funders { get; set; } = [];

    public int? MinCompanies { get; set; } = EligibilityRules.Default.MinCompanies;
    public int? MinResearchOrganisations { get; set; } = EligibilityRules.Default.MinResearchOrganisations;
    public int? MinSmeOrMidCap { get; set; } = EligibilityRules.Default.MinSmeOrMidCap;
    public int? MaxPartners { get; set; }
    public bool LeadMustBeCompany { get; set; } = EligibilityRules.Default.LeadMustBeCompany;
    public string? MaxPartnerShare { get; set; } = "70";
    public string? MinTotalBudget { get; set; } = "1000000";
    public string? MaxTotalBudget { get; set; } = "4000000";
    public int? MinDurationMonths { get; set; } = EligibilityRules.Default.MinDurationMonths;
    public int? MaxDurationMonths { get; set; } = EligibilityRules.Default.MaxDurationMonths;
    public bool ConsortiumAgreementRequired { get; set; }

    private static readonly CallTexts Texts = new();

    /// <summary>The milestones in the form's order; each one's label is <c>Call.{Name}Field</c> in <see cref="CallTexts"/>.</summary>
    public static readonly string[] Milestones =
        [nameof(OpensAt), nameof(SubmissionDeadline), nameof(ReviewDeadline), nameof(CommitteeDate), nameof(FundingDecisionDeadline)];

    /// <summary>As typed (or as the datetime-local control sends it: "2027-10-19T18:00"), read by LocalInstant.Parse like the API's.</summary>
    public string? MilestoneValue(string name) => name switch
    {
        nameof(OpensAt) => OpensAt,
        nameof(SubmissionDeadline) => SubmissionDeadline,
        nameof(ReviewDeadline) => ReviewDeadline,
        nameof(CommitteeDate) => CommitteeDate,
        _ => FundingDecisionDeadline,
    };

    /// <summary>Every known funder gets a row; those already in the call are ticked with their terms.</summary>
    public void MergeFunders(IReadOnlyList<FunderResponse> known)
    {
        var typed = Funders.ToDictionary(f => f.FunderId);
        Funders = known.OrderBy(k => k.Kind == Domain.Funders.FunderKind.State ? 0 : 1).ThenBy(k => k.Name, StringComparer.Ordinal).Select(k =>
        {
            var row = typed.GetValueOrDefault(k.Id) ?? FunderInput.Defaults(k.Id);
            row.Name = k.Name;
            return row;
        }).ToList();
    }

    private static string ForInput(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static CallInput From(CallResponse call) => new()
    {
        Title = call.Title,
        Programme = call.Programme,
        Description = call.Description,
        Territory = call.Territory.ToList(),
        OpensAt = ForInput(call.OpensAt.LocalDateTime),
        SubmissionDeadline = ForInput(call.SubmissionDeadline.LocalDateTime),
        ReviewDeadline = ForInput(call.ReviewDeadline.LocalDateTime),
        CommitteeDate = ForInput(call.CommitteeDate.LocalDateTime),
        FundingDecisionDeadline = ForInput(call.FundingDecisionDeadline.LocalDateTime),
        PreProposalDeadline = call.PreProposal is { } stage ? ForInput(stage.Deadline.LocalDateTime) : null,
        PreProposalMaxPages = call.PreProposal?.MaxPages,
        ExpertsPerProposal = call.ExpertsPerProposal,
        HideBudgetFromExperts = call.HideBudgetFromExperts,
        Funders = call.Funders.Select(FunderInput.From).ToList(),
        MinCompanies = call.Eligibility.MinCompanies,
        MinResearchOrganisations = call.Eligibility.MinResearchOrganisations,
        MinSmeOrMidCap = call.Eligibility.MinSmeOrMidCap,
        MaxPartners = call.Eligibility.MaxPartners,
        LeadMustBeCompany = call.Eligibility.LeadMustBeCompany,
        MaxPartnerShare = TypedNumber.ForInput(call.Eligibility.MaxPartnerShare * 100),
        MinTotalBudget = call.Eligibility.MinTotalBudget is { } min ? TypedNumber.ForInput(min) : null,
        MaxTotalBudget = call.Eligibility.MaxTotalBudget is { } max ? TypedNumber.ForInput(max) : null,
        MinDurationMonths = call.Eligibility.MinDurationMonths,
        MaxDurationMonths = call.Eligibility.MaxDurationMonths,
        ConsortiumAgreementRequired = call.Eligibility.ConsortiumAgreementRequired,
    };

    /// <summary>
    /// Builds the use case's request; text that is not a number is reported on its field. The returned map gives,
    /// for each funder of the request, its row in the form (to put the use case's errors back on the right row).
    /// </summary>
    public (CallRequest? Request, List<int> FunderRows) ToRequest(ModelStateDictionary errors, EvaluationGridDto? grid)
    {
        decimal? Amount(string? text, string key, bool optional = false)
        {
            if (optional && string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (TypedNumber.TryParse(text, out var value))
            {
                return value;
            }

            errors.AddModelError(key, Texts["AmountExpected"]);
            return null;
        }

        decimal Rate(string? text, string key)
        {
            if (TypedNumber.TryParse(text, out var percent) && percent is >= 0 and <= 100)
            {
                return decimal.Round(percent / 100, 6);
            }

            errors.AddModelError(key, Texts["RateExpected"]);
            return 0;
        }

        var funderRows = new List<int>();
        var funders = new List<CallFunderDto>();
        for (var i = 0; i < Funders.Count; i++)
        {
            var f = Funders[i];
            if (!f.Included)
            {
                continue;
            }

            var prefix = $"Input.Funders[{i}]";
            var rates = new Dictionary<OrganisationCategory, decimal>
            {
                [OrganisationCategory.Sme] = Rate(f.Sme, $"{prefix}.Sme"),
                [OrganisationCategory.MidCap] = Rate(f.MidCap, $"{prefix}.MidCap"),
                [OrganisationCategory.Large] = Rate(f.Large, $"{prefix}.Large"),
                [OrganisationCategory.Research] = Rate(f.Research, $"{prefix}.Research"),
            };
            funders.Add(new CallFunderDto(f.FunderId, Amount(f.Envelope, $"{prefix}.Envelope") ?? 0, rates, null));
            funderRows.Add(i);
        }

        var share = TypedNumber.TryParse(MaxPartnerShare, out var sharePercent) ? sharePercent / 100 : (decimal?)null;
        if (share is null)
        {
            errors.AddModelError("Input.MaxPartnerShare", Texts["ShareExpected"]);
        }

        var eligibility = new EligibilityRules
        {
            MinCompanies = MinCompanies ?? 0,
            MinResearchOrganisations = MinResearchOrganisations ?? 0,
            MinSmeOrMidCap = MinSmeOrMidCap ?? 0,
            MaxPartners = MaxPartners,
            LeadMustBeCompany = LeadMustBeCompany,
            MaxPartnerShare = share ?? 0.7m,
            MinTotalBudget = Amount(MinTotalBudget, "Input.MinTotalBudget", optional: true),
            MaxTotalBudget = Amount(MaxTotalBudget, "Input.MaxTotalBudget", optional: true),
            MinDurationMonths = MinDurationMonths ?? 0,
            MaxDurationMonths = MaxDurationMonths ?? 0,
            ConsortiumAgreementRequired = ConsortiumAgreementRequired,
        };

        static LocalTimeDto? At(string? local) => string.IsNullOrWhiteSpace(local) ? null : new LocalTimeDto(local, LocalInstant.DefaultTimeZone);
        var request = new CallRequest(Title, Programme, Description, Territory, At(OpensAt), At(SubmissionDeadline), At(ReviewDeadline),
            At(CommitteeDate), At(FundingDecisionDeadline), eligibility, grid, ExpertsPerProposal, HideBudgetFromExperts, funders,
            string.IsNullOrWhiteSpace(PreProposalDeadline) && PreProposalMaxPages is null ? null : new PreProposalDto(At(PreProposalDeadline), PreProposalMaxPages));
        return (errors.IsValid ? request : null, funderRows);
    }
}

public sealed class FunderInput
{
    public Guid FunderId { get; set; }
    public string? Name { get; set; }
    public bool Included { get; set; }
    public string? Envelope { get; set; }
    public string? Sme { get; set; }
    public string? MidCap { get; set; }
    public string? Large { get; set; }
    public string? Research { get; set; }

    /// <summary>FUI-like parity between the State and the Regions: 22,5 / 15 / 12,5 / 20 % each.</summary>
    public static FunderInput Defaults(Guid funderId) => new()
    {
        FunderId = funderId, Sme = TypedNumber.ForInput(22.5m), MidCap = TypedNumber.ForInput(15m), Large = TypedNumber.ForInput(12.5m), Research = TypedNumber.ForInput(20m),
    };

    public static FunderInput From(CallFunderResponse f)
    {
        string Percent(OrganisationCategory c) => f.Rates.TryGetValue(c, out var r) ? TypedNumber.ForInput(r * 100) : "0";
        return new FunderInput
        {
            FunderId = f.FunderId,
            Name = f.Name,
            Included = true,
            Envelope = TypedNumber.ForInput(f.Envelope),
            Sme = Percent(OrganisationCategory.Sme),
            MidCap = Percent(OrganisationCategory.MidCap),
            Large = Percent(OrganisationCategory.Large),
            Research = Percent(OrganisationCategory.Research),
        };
    }
}
