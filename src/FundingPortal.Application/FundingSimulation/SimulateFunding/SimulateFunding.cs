using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Clusters;
using FundingPortal.Application.CoFunding;
using FundingPortal.Application.Common;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.FundingSimulation;
using FundingPortal.Domain.Reviews.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.FundingSimulation.SimulateFunding;

/// <summary>
/// Draws the line over a call's labelled dossiers with the real envelopes or what-if ones (<see cref="FundingSimulator"/>).
/// For the cluster managers and the officers of the call's funders (everyone else: 404); reads only, writes nothing.
/// </summary>
public sealed class SimulateFunding(IAppDbContext db, ICurrentUser user, ManagerScope scope, ILabelledDossierSource dossiers)
{
    public const decimal MaxEnvelope = 100_000_000_000m;

    public async Task<Result<FundingSimulationResponse>> Handle(Guid callId, FundingSimulationRequest? request, CancellationToken ct)
    {
        var call = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null || !await MaySimulate(call, ct))
        {
            return Error.NotFound("Call");
        }

        var envelopes = await ReadEnvelopes(call, request?.Envelopes ?? [], ct);
        if (!envelopes.IsSuccess)
        {
            return envelopes.Error!;
        }

        var ids = call.Funders.Select(f => f.FunderId).ToList();
        var funders = await db.Funders.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var labelled = (await dossiers.Read(callId, ct)).OrderBy(d => d.RankingKey, RankingOrder.Instance).ToList();
        var result = FundingSimulator.Simulate(call, funders, labelled.Select(d => new SimulatedDossier(d.ProposalId, d.Partners.Select(p => p.Costs).ToList())).ToList(),
            envelopes.Value);
        return Describe(call, funders.ToDictionary(f => f.Key, f => f.Value.Name), labelled, result, Languages.Current);
    }

    private async Task<bool> MaySimulate(Call call, CancellationToken ct) =>
        await scope.ManagesCallAsync(call.Id, ct)
        || (call.PublishedAt is not null && FunderOfficerRelation.OfficerFunder(user) is { } funder && call.FunderById(funder) is not null);

    private async Task<Result<IReadOnlyDictionary<Guid, decimal>>> ReadEnvelopes(Call call, IReadOnlyList<EnvelopeOverride?> overrides, CancellationToken ct)
    {
        var envelopes = new Dictionary<Guid, decimal>();
        for (var i = 0; i < overrides.Count; i++)
        {
            var field = $"envelopes[{i}]";
            if (overrides[i] is not { FunderId: { } funderId } item)
            {
                return Error.Field($"{field}.funderId", "validation_failed", "Each what-if envelope names the funder (funderId) it applies to.");
            }

            if (call.FunderById(funderId) is null)
            {
                return await db.Funders.AnyAsync(f => f.Id == funderId, ct)
                    ? Error.Field($"{field}.funderId", "funder_not_in_call", "This funder does not take part in this call.")
                    : Error.Field($"{field}.funderId", "unknown_funder", "This funder does not exist.");
            }

            if (item.Envelope is not { } envelope || envelope < 0 || !Money.HasAtMostTwoDecimals(envelope) || envelope > MaxEnvelope)
            {
                return Error.Field($"{field}.envelope", "validation_failed", "The envelope must be a positive amount in euros with at most 2 decimals.");
            }

            if (!envelopes.TryAdd(funderId, envelope))
            {
                return Error.Field($"{field}.funderId", "validation_failed", "This funder is listed twice: give one envelope per funder.");
            }
        }

        return envelopes;
    }

    private static FundingSimulationResponse Describe(Call call, IReadOnlyDictionary<Guid, string> funderNames, IReadOnlyList<LabelledDossier> labelled,
        FundingSimulationResult result, string language)
    {
        var partnerNames = new Dictionary<Guid, string>();
        foreach (var partner in labelled.SelectMany(d => d.Partners))
        {
            partnerNames.TryAdd(partner.Costs.OrganisationId, partner.Name);
        }

        var funders = result.Funders
            .Select(f => new SimulatedFunderDto(f.FunderId, funderNames[f.FunderId], f.Kind, f.Region, f.Envelope, call.FunderById(f.FunderId)!.Envelope, f.Overridden,
                f.RequestedAid, f.Used, f.Left))
            .OrderBy(f => f.Kind).ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        var dossiers = result.Dossiers.Select((d, i) => new SimulatedDossierDto(d.ProposalId, labelled[i].Reference, labelled[i].Acronym, d.Position, d.Status,
                d.RequestedAid, d.Aid,
                funders.Where(f => d.RequestedAidFrom(f.FunderId) > 0).Select(f => new DossierFunderAidDto(f.FunderId, d.RequestedAidFrom(f.FunderId), d.AidFrom(f.FunderId))).ToList(),
                d.Reasons.Select(r => new SimulationReasonDto(r.Code, r.FunderId, r.RegionalFunderId, r.OrganisationId, r.Region, r.Amount,
                    FundingSimulationTexts.Describe(r, funderNames, partnerNames, language))).ToList()))
            .ToList();
        return new FundingSimulationResponse(call.Id, call.Title, funders, dossiers, dossiers.Sum(d => d.RequestedAid), dossiers.Sum(d => d.Aid),
            dossiers.Count(d => d.Status == Fundability.Fundable), dossiers.Count(d => d.Status == Fundability.PartlyFundable),
            dossiers.Count(d => d.Status == Fundability.NotFundable));
    }
}
