using FundingPortal.Application.Common.Localisation;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Proposals.Submission;

namespace FundingPortal.Application.Proposals;

public sealed record BudgetDto(decimal Personnel, decimal Overheads, decimal Subcontracting, decimal Equipment, decimal OtherCosts, decimal Total)
{
    public static BudgetDto From(Budget b) => new(b.Personnel, b.Overheads, b.Subcontracting, b.Equipment, b.OtherCosts, b.Total);
}

public sealed record AidRequestDto(Guid FunderId, string FunderName, decimal Rate, decimal RequestedAid);

public sealed record PartnerDto(
    Guid OrganisationId,
    string Name,
    OrganisationCategory Category,
    string Region,
    bool IsLead,
    bool InTerritory,
    BudgetDto? Budget,
    decimal? Share,
    DateTimeOffset? BudgetUpdatedAt,
    IReadOnlyList<AidRequestDto>? RequestedAid,
    decimal? EstimatedTotal);

public sealed record FunderTotalDto(Guid FunderId, string FunderName, decimal RequestedAid);

public sealed record AttachmentDto(Guid Id, AttachmentKind Kind, string FileName, long Size, string Sha256, DateTimeOffset UploadedAt)
{
    public static AttachmentDto From(ProposalAttachment a) => new(a.Id, a.Kind, a.FileName, a.Size, a.Sha256, a.UploadedAt);
}

public sealed record ProposalResponse(
    Guid Id,
    string Reference,
    Guid CallId,
    string CallTitle,
    ProposalStatus Status,
    string Acronym,
    string Title,
    string? Summary,
    IReadOnlyList<string> Keywords,
    int TrlStart,
    int TrlTarget,
    int DurationMonths,
    Guid LeadOrganisationId,
    IReadOnlyList<PartnerDto> Partners,
    BudgetDto? Totals,
    IReadOnlyList<FunderTotalDto>? RequestedAid,
    decimal? TotalRequestedAid,
    IReadOnlyList<AttachmentDto> Attachments,
    IReadOnlyList<Guid> ExcludedExpertIds,
    int LatestVersion,
    DateTimeOffset? LastSubmittedAt,
    string? ScreeningReason,
    bool CanSubmit,
    IReadOnlyList<EligibilityIssueMessage> Issues,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string ETag,
    CorrectionRequestResponse? OpenCorrection,
    Guid? CarriedFrom,
    Guid? CarriedTo,
    ProposalStage Stage,
    decimal? TotalEstimate,
    string? ShortlistFeedback,
    DateTimeOffset? ShortlistedAt)
{
    /// <summary>The dossier as an edit left it, shown to the consortium or a manager (who may see everything).</summary>
    public static Result<ProposalResponse> Edited(Result<ProposalContext> edit, DateTimeOffset now) =>
        edit.IsSuccess ? From(edit.Value, now, showBudgets: true, showInternals: true) : edit.Error!;

    public static ProposalResponse From(ProposalContext context, DateTimeOffset now, bool showBudgets, bool showInternals)
    {
        var (proposal, call, organisations, funders) = context;
        var total = proposal.TotalBudget;
        var plans = FundingPlanCalculator.Compute(call, funders, proposal.Partners
                .Where(p => organisations.ContainsKey(p.OrganisationId))
                .Select(p => new PartnerCosts(p.OrganisationId, organisations[p.OrganisationId].Category, organisations[p.OrganisationId].Region, p.Budget.Total)))
            .ToDictionary(p => p.Partner.OrganisationId);

        var partners = proposal.Partners
            .OrderByDescending(p => p.IsLead).ThenBy(p => p.JoinedAt)
            .Select(p =>
            {
                var organisation = organisations.GetValueOrDefault(p.OrganisationId);
                var plan = plans.GetValueOrDefault(p.OrganisationId);
                return new PartnerDto(p.OrganisationId, organisation?.Name ?? "?", organisation?.Category ?? OrganisationCategory.Sme, organisation?.Region ?? "?",
                    p.IsLead, plan?.InTerritory ?? false,
                    showBudgets ? BudgetDto.From(p.Budget) : null,
                    showBudgets ? (total == 0 ? 0 : decimal.Round(p.Budget.Total / total, 4)) : null,
                    showBudgets ? p.BudgetUpdatedAt : null,
                    showBudgets ? plan?.Requests.Select(r => new AidRequestDto(r.FunderId, funders[r.FunderId].Name, r.Rate, r.RequestedAid)).ToList() : null,
                    showBudgets ? p.EstimatedTotal : null);
            })
            .ToList();

        var totals = new Budget(proposal.Partners.Sum(p => p.Budget.Personnel), proposal.Partners.Sum(p => p.Budget.Overheads),
            proposal.Partners.Sum(p => p.Budget.Subcontracting), proposal.Partners.Sum(p => p.Budget.Equipment), proposal.Partners.Sum(p => p.Budget.OtherCosts));
        var perFunder = FundingPlanCalculator.TotalsPerFunder(plans.Values);
        var requestedAid = call.Funders.Where(f => funders.ContainsKey(f.FunderId))
            .Select(f => new FunderTotalDto(f.FunderId, funders[f.FunderId].Name, perFunder.GetValueOrDefault(f.FunderId)))
            .ToList();
        var openCorrection = proposal.OpenCorrectionAt(now);
        var issues = showInternals ? EligibilityTexts.Describe(SubmissionPolicy.Issues(context.Proposal, context.Call, context.Organisations, now), Languages.Current) : [];

        return new ProposalResponse(proposal.Id, proposal.Reference, proposal.CallId, call.Title, proposal.Status, proposal.Acronym, proposal.Title,
            proposal.Summary, proposal.Keywords, proposal.TrlStart, proposal.TrlTarget, proposal.DurationMonths, proposal.LeadOrganisationId, partners,
            showBudgets ? BudgetDto.From(totals) : null,
            showBudgets ? requestedAid : null,
            showBudgets ? requestedAid.Sum(r => r.RequestedAid) : null,
            proposal.Attachments.OrderBy(a => a.UploadedAt).Select(AttachmentDto.From).ToList(),
            showInternals ? proposal.ExcludedExpertIds : [],
            proposal.LatestVersion, proposal.LastSubmittedAt, showInternals ? proposal.ScreeningReason : null,
            showInternals && issues.Count == 0 && (proposal.Status is ProposalStatus.Draft or ProposalStatus.Submitted or ProposalStatus.PreProposalSubmitted
                or ProposalStatus.InvitedToFullProposal || openCorrection is not null),
            issues, proposal.CreatedAt, proposal.UpdatedAt, proposal.ETag, showInternals && openCorrection is not null ? CorrectionRequestResponse.From(openCorrection, now) : null,
            proposal.CarriedFromProposalId, proposal.CarriedToProposalId,
            proposal.StageIn(call), call.IsTwoStage && showBudgets ? proposal.TotalEstimate : null,
            showInternals ? proposal.ShortlistFeedback : null, proposal.ShortlistedAt);
    }
}

/// <param name="Stage">PreProposal for a two-stage call's dossier before its shortlisting (or not invited), Full otherwise.</param>
public sealed record ProposalSummary(Guid Id, string Reference, Guid CallId, string Acronym, string Title, ProposalStatus Status, Guid LeadOrganisationId,
    string LeadOrganisationName, int LatestVersion, DateTimeOffset? LastSubmittedAt, DateTimeOffset UpdatedAt, ProposalStage Stage = ProposalStage.Full);
