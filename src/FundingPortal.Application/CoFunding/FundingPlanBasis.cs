using System.Globalization;
using System.Text.Json;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.CoFunding;

public sealed record PlannedPartner(PartnerCosts Costs, string Name, string Siren, bool IsLead);

public sealed record DraftPartner(Guid OrganisationId, bool IsLead, DateTimeOffset JoinedAt, decimal EligibleCosts);

/// <summary>
/// The costs a funding plan is computed from: those of the last submitted version when there is one (the last version
/// counts, even if the draft was edited afterwards), otherwise the live draft.
/// </summary>
public sealed record FundingPlanBasis(int? Version, IReadOnlyList<PlannedPartner> Partners)
{
    public IReadOnlyList<PartnerCosts> Costs => Partners.Select(p => p.Costs).ToList();

    public static FundingPlanBasis FromDraft(ProposalContext context) =>
        FromDraft(context.Proposal.Partners.Select(p => new DraftPartner(p.OrganisationId, p.IsLead, p.JoinedAt, p.Budget.Total)), context.Organisations);

    public static FundingPlanBasis FromDraft(IEnumerable<DraftPartner> partners, IReadOnlyDictionary<Guid, Organisation> organisations) =>
        new(null, partners
            .Where(p => organisations.ContainsKey(p.OrganisationId))
            .OrderByDescending(p => p.IsLead).ThenBy(p => p.JoinedAt)
            .Select(p =>
            {
                var organisation = organisations[p.OrganisationId];
                return new PlannedPartner(new PartnerCosts(p.OrganisationId, organisation.Category, organisation.Region, p.EligibleCosts), organisation.Name,
                    organisation.Siren, p.IsLead);
            })
            .ToList());

    /// <summary>Reads the partners of a canonical snapshot (see ProposalSnapshot): lead first, then by organisation id.</summary>
    public static FundingPlanBasis FromSnapshot(int version, string snapshotJson)
    {
        using var document = JsonDocument.Parse(snapshotJson);
        var partners = document.RootElement.GetProperty("partners").EnumerateArray()
            .Select(p => new PlannedPartner(
                new PartnerCosts(
                    p.GetProperty("organisationId").GetGuid(),
                    Enum.Parse<OrganisationCategory>(p.GetProperty("category").GetString()!),
                    p.GetProperty("region").GetString()!,
                    decimal.Parse(p.GetProperty("budget").GetProperty("total").GetRawText(), NumberStyles.Number, CultureInfo.InvariantCulture)),
                p.GetProperty("name").GetString()!,
                p.GetProperty("siren").GetString()!,
                p.GetProperty("isLead").GetBoolean()))
            .ToList();
        return new FundingPlanBasis(version, partners);
    }
}

public sealed class FundingPlanBasisLoader(IAppDbContext db)
{
    public async Task<FundingPlanBasis> Load(ProposalContext context, CancellationToken ct)
    {
        var proposal = context.Proposal;
        if (proposal.LatestVersion == 0)
        {
            return FundingPlanBasis.FromDraft(context);
        }

        var snapshot = await db.ProposalVersions.AsNoTracking()
            .Where(v => v.ProposalId == proposal.Id && v.Number == proposal.LatestVersion)
            .Select(v => v.SnapshotJson)
            .FirstAsync(ct);
        return FundingPlanBasis.FromSnapshot(proposal.LatestVersion, snapshot);
    }
}
