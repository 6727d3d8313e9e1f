using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Clusters;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals;

public enum ProposalRelation
{
    None,
    Manager,
    LeadMember,
    PartnerMember,
    AssignedExpert,
    FunderOfficer,

    /// <summary>A manager of a cluster the consortium asked to co-label the submitted dossier: reads it and its evaluation, decides for their cluster.</summary>
    CoLabellingManager,
}

/// <summary>Who the caller is to a given dossier. Anyone without a relation gets a 404, never a hint that it exists.</summary>
public sealed class ProposalAccess(ICurrentUser user, ManagerScope managers, IEnumerable<IProposalRelationSource> extraSources)
{
    public async Task<ProposalRelation> RelationTo(Proposal proposal, CancellationToken ct)
    {
        // A manager of the call's own cluster (ADR 0029); another cluster's manager has no relation, unless asked to co-label.
        if (managers.IsManager && await managers.ManagesCallAsync(proposal.CallId, ct))
        {
            return ProposalRelation.Manager;
        }

        if (user.OrganisationId is { } organisationId)
        {
            if (proposal.LeadOrganisationId == organisationId)
            {
                return ProposalRelation.LeadMember;
            }

            if (proposal.IsPartner(organisationId))
            {
                return ProposalRelation.PartnerMember;
            }
        }

        foreach (var source in extraSources)
        {
            var relation = await source.RelationTo(proposal, user, ct);
            if (relation != ProposalRelation.None)
            {
                return relation;
            }
        }

        return ProposalRelation.None;
    }

    public static bool IsLead(ProposalRelation relation) => relation == ProposalRelation.LeadMember;

    public static bool IsConsortium(ProposalRelation relation) => relation is ProposalRelation.LeadMember or ProposalRelation.PartnerMember;

    public static Error Hidden() => Error.NotFound("Proposal");
}

/// <summary>Relations contributed by later areas (assigned experts, funder officers).</summary>
public interface IProposalRelationSource
{
    Task<ProposalRelation> RelationTo(Proposal proposal, ICurrentUser user, CancellationToken ct);
}
