using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Labelling;

public sealed record ConsortiumMemberData(Guid OrganisationId, string Name, string Siren, OrganisationCategory Category, string Region, bool IsLead);

public sealed record ExpertScoreData(string ExpertLabel, decimal Score, string? Comment);

public sealed record CriterionSummaryData(string Key, string Label, decimal Weight, decimal MinScore, decimal? Mean, decimal? Min, decimal? Max,
    bool Disagreement, IReadOnlyList<ExpertScoreData> Scores);

public sealed record ExpertOpinionData(string ExpertLabel, Recommendation? Recommendation, string? OverallComment);

public sealed record LabellingDecisionData(LabellingOutcome Outcome, string Motivation, DateTimeOffset DecidedAt, DateTime DecidedAtParis,
    string? CertificateNumber);

/// <summary>Everything the "Synthèse d'évaluation" shows: anonymised scores and comments, figures, decision and motivation.</summary>
public sealed record EvaluationSummaryData(
    Guid ProposalId,
    string Reference,
    string Acronym,
    string Title,
    string CallTitle,
    string? Programme,
    IReadOnlyList<ConsortiumMemberData> Consortium,
    decimal ScaleMax,
    decimal LabelThreshold,
    decimal? WeightedScore,
    bool MeetsThreshold,
    bool Disagreement,
    IReadOnlyList<CriterionSummaryData> Criteria,
    IReadOnlyList<ExpertOpinionData> Opinions,
    LabellingDecisionData Decision);

/// <summary>Everything the "Attestation de labellisation" shows.</summary>
public sealed record LabelCertificateData(
    string CertificateNumber,
    DateTimeOffset DecidedAt,
    DateTime DecidedAtParis,
    Guid ProposalId,
    string Reference,
    string Acronym,
    string Title,
    string CallTitle,
    string? Programme,
    IReadOnlyList<ConsortiumMemberData> Consortium,
    decimal? WeightedScore,
    string Motivation);

/// <summary>
/// The data of the two labelling documents, for the document renderers (worker side, no caller check: whoever
/// downloads the PDF is checked there). Both exist only once the committee has decided; the certificate only for a label.
/// </summary>
public sealed class LabellingDocuments(IAppDbContext db)
{
    public async Task<Result<EvaluationSummaryData>> EvaluationSummary(Guid proposalId, CancellationToken ct)
    {
        var loaded = await Load(proposalId, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (proposal, call, decision, consortium) = loaded.Value;
        var assignments = await db.ReviewAssignments.AsNoTracking().Where(a => a.ProposalId == proposalId).ToListAsync(ct);
        var submitted = EvaluationBuilder.Submitted(assignments);
        var labels = submitted.Select((a, i) => (Assignment: a, Label: AnonymousLabels.For(i))).ToList();
        var result = EvaluationRefresher.Aggregate(call.EvaluationGrid, submitted);
        var criteria = result.Criteria.Select(c => new CriterionSummaryData(c.Key, c.Label, c.Weight, c.MinScore, c.Mean, c.Min, c.Max, c.Disagreement,
                labels.Where(l => l.Assignment.Review!.Scores.ContainsKey(c.Key))
                    .Select(l => new ExpertScoreData(l.Label, l.Assignment.Review!.Scores[c.Key], l.Assignment.Review.Comments.GetValueOrDefault(c.Key)))
                    .ToList()))
            .ToList();

        return new EvaluationSummaryData(proposal.Id, proposal.Reference, proposal.Acronym, proposal.Title, call.Title, call.Programme, consortium,
            call.EvaluationGrid.ScaleMax, call.EvaluationGrid.LabelThreshold, result.WeightedScore, result.MeetsThreshold, result.Disagreement, criteria,
            labels.Select(l => new ExpertOpinionData(l.Label, l.Assignment.Review!.Recommendation, l.Assignment.Review.OverallComment)).ToList(),
            DecisionData(decision));
    }

    public async Task<Result<LabelCertificateData>> LabelCertificate(Guid proposalId, CancellationToken ct)
    {
        var loaded = await Load(proposalId, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (proposal, call, decision, consortium) = loaded.Value;
        if (decision.CertificateNumber is not { } number)
        {
            return Error.NotFound("Label certificate");
        }

        var weighted = await db.ProposalEvaluations.AsNoTracking().Where(e => e.ProposalId == proposalId).Select(e => e.WeightedScore).FirstOrDefaultAsync(ct);
        return new LabelCertificateData(number, decision.DecidedAt, ParisTime.ToLocal(decision.DecidedAt), proposal.Id, proposal.Reference,
            proposal.Acronym, proposal.Title, call.Title, call.Programme, consortium, weighted, decision.Motivation);
    }

    private async Task<Result<(Domain.Proposals.Proposal Proposal, Domain.Calls.Call Call, LabellingDecision Decision, IReadOnlyList<ConsortiumMemberData> Consortium)>>
        Load(Guid proposalId, CancellationToken ct)
    {
        var decision = await db.LabellingDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.ProposalId == proposalId, ct);
        if (decision is null)
        {
            return Error.NotFound("Labelling decision");
        }

        var proposal = await db.Proposals.AsNoTracking().Include(p => p.Partners).FirstAsync(p => p.Id == proposalId, ct);
        var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, ct);
        var organisationIds = proposal.Partners.Select(p => p.OrganisationId).ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var consortium = proposal.Partners.OrderByDescending(p => p.IsLead).ThenBy(p => p.JoinedAt)
            .Where(p => organisations.ContainsKey(p.OrganisationId))
            .Select(p =>
            {
                var o = organisations[p.OrganisationId];
                return new ConsortiumMemberData(o.Id, o.Name, o.Siren, o.Category, o.Region, p.IsLead);
            })
            .ToList();
        return (proposal, call, decision, consortium);
    }

    private static LabellingDecisionData DecisionData(LabellingDecision d) =>
        new(d.Outcome, d.Motivation, d.DecidedAt, ParisTime.ToLocal(d.DecidedAt), d.CertificateNumber);
}
