using FundingPortal.Application.Clusters;
using System.Runtime.CompilerServices;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.CoFunding;
using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reporting.ExportCall;

/// <summary>
/// One row per dossier × partner of a call: identity, status, partner, eligible costs, requested and granted aid per
/// funder, weighted score and labelling decision. Requested aid is the frozen request once funding was requested, the
/// plan of the last submitted version (or of the draft) before. An empty aid cell means the funder does not fund that
/// partner or has not decided yet. Headers and values in the request's language; statuses, categories, regions and
/// decisions as labels, their codes in the next column for scripts. The last two columns give the dossier's stage
/// (pre-proposal or full dossier; always full in a one-stage call), appended so that existing column positions hold.
/// </summary>
public sealed class ExportCall(ManagerScope scope, IAppDbContext db, IEnumerable<IExportFormatter> formatters, IReviewFigures reviews, TimeProvider clock)
{
    private static readonly ExportTexts Texts = new();

    /// <summary>Dossiers read per round trip: bounds the memory an export holds whatever the size of the call.</summary>
    private const int BatchSize = 500;

    public async Task<Result<ExportFile>> Handle(Guid callId, string? format, CancellationToken ct)
    {
        var requestedFormat = string.IsNullOrWhiteSpace(format) ? "csv" : format.Trim().ToLowerInvariant();
        var formatter = formatters.FirstOrDefault(f => f.Format == requestedFormat);
        if (formatter is null)
        {
            return Error.Field("format", "unsupported_format", $"Unknown export format '{format}': use csv or xlsx.");
        }

        var call = await scope.Calls().AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return Error.NotFound("Call");
        }

        var table = await Build(call, ct);
        var fileName = $"export-appel-{call.Id.ToString("N")[..8]}-{clock.GetUtcNow():yyyyMMdd}.{formatter.Format}";
        return new ExportFile((output, token) => formatter.WriteAsync(table, output, token), formatter.ContentType, fileName);
    }

    private async Task<ExportTable> Build(Domain.Calls.Call call, CancellationToken ct)
    {
        var funderIds = call.Funders.Select(f => f.FunderId).ToList();
        var funders = await db.Funders.AsNoTracking().Where(f => funderIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var callFunders = call.Funders.Where(f => funders.ContainsKey(f.FunderId)).Select(f => funders[f.FunderId])
            .OrderBy(f => f.Kind).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        var scores = await reviews.WeightedScores(call.Id, ct);

        var language = Languages.Current;
        string H(string key) => Texts.Get(key, language);
        var columns = new List<ExportColumn>
        {
            new(H("Reference"), ExportColumnKind.Text), new(H("Acronym"), ExportColumnKind.Text), new(H("Status"), ExportColumnKind.Text),
            new(H("StatusCode"), ExportColumnKind.Text), new(H("Partner"), ExportColumnKind.Text), new("SIREN", ExportColumnKind.Text),
            new(H("Category"), ExportColumnKind.Text), new(H("CategoryCode"), ExportColumnKind.Text), new(H("Region"), ExportColumnKind.Text),
            new(H("RegionCode"), ExportColumnKind.Text), new(H("Lead"), ExportColumnKind.Text), new(H("EligibleCosts"), ExportColumnKind.Money),
        };
        columns.AddRange(callFunders.Select(f => new ExportColumn(Texts.Format("Requested", language, f.Name), ExportColumnKind.Money)));
        columns.AddRange(callFunders.Select(f => new ExportColumn(Texts.Format("Granted", language, f.Name), ExportColumnKind.Money)));
        columns.Add(new ExportColumn(H("RequestedTotal"), ExportColumnKind.Money));
        columns.Add(new ExportColumn(H("GrantedTotal"), ExportColumnKind.Money));
        columns.Add(new ExportColumn(H("Score"), ExportColumnKind.Number));
        columns.Add(new ExportColumn(H("Decision"), ExportColumnKind.Text));
        columns.Add(new ExportColumn(H("DecisionCode"), ExportColumnKind.Text));
        columns.Add(new ExportColumn(H("Stage"), ExportColumnKind.Text));
        columns.Add(new ExportColumn(H("StageCode"), ExportColumnKind.Text));

        return new ExportTable("Dossiers", columns, Rows(new ExportedCall(call, funders, callFunders, scores, language), CancellationToken.None));
    }

    /// <summary>
    /// The dossiers in reference order, <see cref="BatchSize"/> at a time (keyset on the unique reference), each batch
    /// with its own snapshots, funding requests and organisations: memory stays flat from 10 rows to 30,000.
    /// </summary>
    private async IAsyncEnumerable<IReadOnlyList<object?>> Rows(ExportedCall export, [EnumeratorCancellation] CancellationToken ct)
    {
        string? after = null;
        while (true)
        {
            var batch = await NextBatch(export.Call.Id, after, ct);
            if (batch.Count == 0)
            {
                yield break;
            }

            var ids = batch.Select(p => p.Id).ToList();
            // Only the columns the export needs: the summaries and arrays of thousands of dossiers would dwarf them.
            var snapshots = await (from v in db.ProposalVersions.AsNoTracking()
                                   join p in db.Proposals on v.ProposalId equals p.Id
                                   where ids.Contains(p.Id) && v.Number == p.LatestVersion
                                   select new { v.ProposalId, v.Number, v.SnapshotJson }).ToDictionaryAsync(v => v.ProposalId, ct);
            var requests = (await db.FundingRequests.AsNoTracking().Where(r => ids.Contains(r.ProposalId)).ToListAsync(ct)).ToLookup(r => r.ProposalId);
            var organisationIds = batch.Where(p => !snapshots.ContainsKey(p.Id)).SelectMany(p => p.Partners).Select(p => p.OrganisationId).Distinct().ToList();
            var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);

            foreach (var proposal in batch)
            {
                var basis = snapshots.TryGetValue(proposal.Id, out var snapshot)
                    ? FundingPlanBasis.FromSnapshot(snapshot.Number, snapshot.SnapshotJson)
                    : FundingPlanBasis.FromDraft(proposal.Partners, organisations);
                foreach (var row in ProposalRows(export, proposal, basis, requests[proposal.Id].ToList()))
                {
                    yield return row;
                }
            }

            after = batch[^1].Reference;
        }
    }

    private Task<List<ExportedProposal>> NextBatch(Guid callId, string? after, CancellationToken ct)
    {
        var query = db.Proposals.AsNoTracking().Where(p => p.CallId == callId);
        if (after is not null)
        {
            query = query.Where(p => string.Compare(p.Reference, after) > 0);
        }

        return query.OrderBy(p => p.Reference).Take(BatchSize)
            .Select(p => new ExportedProposal(p.Id, p.Reference, p.Acronym, p.Status,
                p.Partners.Select(x => new DraftPartner(x.OrganisationId, x.IsLead, x.JoinedAt,
                    x.Budget.Personnel + x.Budget.Overheads + x.Budget.Subcontracting + x.Budget.Equipment + x.Budget.OtherCosts)).ToList()))
            .ToListAsync(ct);
    }

    private static IEnumerable<IReadOnlyList<object?>> ProposalRows(ExportedCall export, ExportedProposal proposal, FundingPlanBasis basis, List<FundingRequest> sent)
    {
        var labels = TextLabels.For(export.Language);
        var plan = FundingPlanCalculator.Compute(export.Call, export.Funders, basis.Costs).ToDictionary(p => p.Partner.OrganisationId);
        foreach (var partner in basis.Partners)
        {
            var organisationId = partner.Costs.OrganisationId;
            var requested = export.CallFunders.Select(f => sent.Count > 0
                    ? sent.FirstOrDefault(r => r.FunderId == f.Id)?.Lines.FirstOrDefault(l => l.OrganisationId == organisationId)?.RequestedAid
                    : plan[organisationId].Requests.FirstOrDefault(r => r.FunderId == f.Id)?.RequestedAid)
                .ToList();
            var granted = export.CallFunders.Select(f => sent.FirstOrDefault(r => r.FunderId == f.Id && r.IsDecided)?.Lines
                    .FirstOrDefault(l => l.OrganisationId == organisationId)?.GrantedAmount)
                .ToList();

            var row = new List<object?>
            {
                proposal.Reference, proposal.Acronym, labels.Status(proposal.Status), proposal.Status.ToString(), partner.Name, partner.Siren,
                labels.Category(partner.Costs.Category), partner.Costs.Category.ToString(), labels.Region(partner.Costs.Region), partner.Costs.Region,
                Texts.Get(partner.IsLead ? "Yes" : "No", export.Language), partner.Costs.EligibleCosts,
            };
            row.AddRange(requested.Cast<object?>());
            row.AddRange(granted.Cast<object?>());
            row.Add(requested.Sum(a => a ?? 0m));
            row.Add(granted.Any(g => g is not null) ? granted.Sum(g => g ?? 0m) : null);
            row.Add(export.Scores.TryGetValue(proposal.Id, out var score) ? score : null);
            var decision = LabellingDecision(proposal.Status);
            row.Add(decision is { } outcome ? labels.Outcome(outcome) : null);
            row.Add(decision?.ToString());
            var stage = Proposal.StageOf(export.Call.IsTwoStage, proposal.Status);
            row.Add(Texts.Get(stage == ProposalStage.PreProposal ? "StagePreProposal" : "StageFull", export.Language));
            row.Add(stage.ToString());
            yield return row;
        }
    }

    private static LabellingOutcome? LabellingDecision(ProposalStatus status) => status switch
    {
        ProposalStatus.Labelled or ProposalStatus.FundingRequested or ProposalStatus.Funded or ProposalStatus.PartiallyFunded or ProposalStatus.NotFunded => LabellingOutcome.Labelled,
        ProposalStatus.NotLabelled => LabellingOutcome.NotLabelled,
        ProposalStatus.Deferred => LabellingOutcome.Deferred,
        _ => null,
    };
}

internal sealed record ExportedProposal(Guid Id, string Reference, string Acronym, ProposalStatus Status, List<DraftPartner> Partners);

internal sealed record ExportedCall(Domain.Calls.Call Call, IReadOnlyDictionary<Guid, Funder> Funders, IReadOnlyList<Funder> CallFunders,
    IReadOnlyDictionary<Guid, decimal> Scores, string Language);
