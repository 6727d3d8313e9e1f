using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calls;

/// <summary>Turns a request into a validated domain definition: time zones resolved, funders known.</summary>
public sealed class CallDefinitionFactory(IAppDbContext db)
{
    public async Task<Result<CallDefinition>> Build(CallRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var codes = new List<string>();
        var instants = new Dictionary<string, LocalInstant>();
        foreach (var (name, dto) in new[]
                 {
                     ("opensAt", request.OpensAt), ("submissionDeadline", request.SubmissionDeadline), ("reviewDeadline", request.ReviewDeadline),
                     ("committeeDate", request.CommitteeDate), ("fundingDecisionDeadline", request.FundingDecisionDeadline),
                 })
        {
            if (string.IsNullOrWhiteSpace(dto?.LocalDateTime))
            {
                errors[name] = [$"A date and time is required, for example 2027-10-19T18:00:00 in {LocalInstant.DefaultTimeZone}."];
                codes.Add("validation_failed");
                continue;
            }

            var instant = LocalInstant.Parse(dto.LocalDateTime, dto.TimeZone);
            if (instant.IsSuccess)
            {
                instants[name] = instant.Value;
                continue;
            }

            var error = instant.Error!;
            errors[error.Code == "unknown_time_zone" ? $"{name}.timeZone" : $"{name}.localDateTime"] = [error.Message];
            codes.Add(error.Code);
        }

        var preProposal = PreProposal(request.PreProposal, errors, codes);

        if (errors.Count > 0)
        {
            // The first wrong milestone names the problem (a gap, an offset, a year out of range…); every field is listed,
            // with the errors of the call's texts, so one submission shows them all.
            foreach (var (field, messages) in Call.DescriptionErrors(request.Title, request.Programme, request.Description, request.Territory ?? [],
                         request.ExpertsPerProposal ?? 2))
            {
                errors[field] = messages;
            }

            return Error.Validation(codes[0], "The call's timeline is invalid.", errors);
        }

        var funderDtos = request.Funders ?? [];
        var funderIds = funderDtos.Select(f => f.FunderId).Distinct().ToList();
        var known = await db.Funders.Where(f => funderIds.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct);
        var funders = new List<CallFunder>();
        for (var i = 0; i < funderDtos.Count; i++)
        {
            var dto = funderDtos[i];
            if (!known.Contains(dto.FunderId))
            {
                return Error.Field($"funders[{i}].funderId", "unknown_funder", "This funder does not exist.");
            }

            var funder = CallFunder.Create(dto.FunderId, dto.Envelope, dto.Rates, dto.OutOfTerritoryRates, i);
            if (!funder.IsSuccess)
            {
                return funder.Error!;
            }

            funders.Add(funder.Value);
        }

        var grid = request.EvaluationGrid is null
            ? EvaluationGrid.Default
            : new EvaluationGrid(
                request.EvaluationGrid.ScaleMax ?? EvaluationGrid.Default.ScaleMax,
                request.EvaluationGrid.LabelThreshold ?? EvaluationGrid.Default.LabelThreshold,
                request.EvaluationGrid.Criteria ?? EvaluationGrid.Default.Criteria);

        return new CallDefinition(
            request.Title ?? string.Empty,
            request.Programme,
            request.Description,
            request.Territory ?? [],
            new CallTimeline(instants["opensAt"], instants["submissionDeadline"], instants["reviewDeadline"], instants["committeeDate"], instants["fundingDecisionDeadline"]),
            request.Eligibility ?? EligibilityRules.Default,
            grid,
            request.ExpertsPerProposal ?? 2,
            request.HideBudgetFromExperts ?? false,
            funders,
            preProposal);
    }

    /// <summary>An optional stage: absent (or without a deadline) makes a one-stage call.</summary>
    private static PreProposalStage? PreProposal(PreProposalDto? dto, Dictionary<string, string[]> errors, List<string> codes)
    {
        if (dto is null || (string.IsNullOrWhiteSpace(dto.Deadline?.LocalDateTime) && dto.MaxPages is null))
        {
            return null;
        }

        const string name = "preProposal.deadline";
        if (dto.Deadline is null || string.IsNullOrWhiteSpace(dto.Deadline.LocalDateTime))
        {
            errors[name] = [$"A date and time is required, for example 2027-09-15T18:00:00 in {LocalInstant.DefaultTimeZone}."];
            codes.Add("validation_failed");
            return null;
        }

        var deadline = LocalInstant.Parse(dto.Deadline.LocalDateTime, dto.Deadline.TimeZone);
        if (deadline.IsSuccess)
        {
            return new PreProposalStage(deadline.Value, dto.MaxPages);
        }

        var error = deadline.Error!;
        errors[error.Code == "unknown_time_zone" ? $"{name}.timeZone" : $"{name}.localDateTime"] = [error.Message];
        codes.Add(error.Code);
        return null;
    }
}
