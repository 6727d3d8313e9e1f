using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.CoFunding;

public sealed record FundingDocumentLine(Guid OrganisationId, string PartnerName, string Siren, OrganisationCategory Category, string Region,
    decimal EligibleCosts, decimal Rate, decimal RequestedAid, decimal GrantedAmount, FundingInstrument? Instrument);

public sealed record FundingDocumentFunder(Guid FunderId, string Name, FunderKind Kind, FundingDecision Decision, DateTimeOffset DecidedAt, string? Comment,
    decimal RequestedAid, decimal GrantedAid, IReadOnlyList<FundingDocumentLine> Lines);

public sealed record FundingDocumentPartner(Guid OrganisationId, string Name, decimal RequestedAid, decimal GrantedAid);

/// <summary>Everything the "Notification de cofinancement" PDF shows, in a stable order (State first, then Regions by name).</summary>
public sealed record FundingDecisionDocument(Guid ProposalId, string Reference, string Acronym, string Title, string CallTitle, string? Programme,
    FundingOutcome Outcome, DateTimeOffset DecidedAt, DateTime DecidedAtParis, decimal TotalRequestedAid, decimal TotalGrantedAid,
    IReadOnlyList<FundingDocumentFunder> Funders, IReadOnlyList<FundingDocumentPartner> Partners);

/// <summary>
/// Builds the data of the FundingDecision document once a dossier has its funding outcome (null before). No access
/// check: it serves the worker that renders the document on FundingOutcomeReached.
/// </summary>
public sealed class FundingDecisionDocumentBuilder(IAppDbContext db, ProposalContextLoader loader, FundingStatusDescriber status)
{
    public async Task<FundingDecisionDocument?> Build(Guid proposalId, CancellationToken ct)
    {
        var proposal = await loader.LoadProposal(proposalId, track: false, ct);
        if (proposal is null || FundingStatusResponse.OutcomeOf(proposal.Status) is not { } outcome)
        {
            return null;
        }

        var context = await loader.Complete(proposal, ct);
        var requests = await db.FundingRequests.AsNoTracking().Where(r => r.ProposalId == proposalId).ToListAsync(ct);
        var organisations = await status.OrganisationsOf(requests, ct);
        var funders = requests
            .Select(r => (Request: r, Funder: context.Funders[r.FunderId]))
            .OrderBy(x => x.Funder.Kind).ThenBy(x => x.Funder.Name, StringComparer.Ordinal)
            .Select(x => new FundingDocumentFunder(x.Funder.Id, x.Funder.Name, x.Funder.Kind, x.Request.Decision!.Value, x.Request.DecidedAt!.Value, x.Request.Comment,
                x.Request.RequestedAid, x.Request.GrantedAid,
                x.Request.Lines.Select(l => new FundingDocumentLine(l.OrganisationId, organisations[l.OrganisationId].Name, organisations[l.OrganisationId].Siren,
                    l.Category, l.Region, l.EligibleCosts, l.Rate, l.RequestedAid, l.GrantedAmount, l.Instrument)).ToList()))
            .ToList();
        var partners = funders.SelectMany(f => f.Lines)
            .GroupBy(l => l.OrganisationId)
            .Select(g => new FundingDocumentPartner(g.Key, g.First().PartnerName, g.Sum(l => l.RequestedAid), g.Sum(l => l.GrantedAmount)))
            .OrderByDescending(p => p.OrganisationId == proposal.LeadOrganisationId).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var decidedAt = funders.Max(f => f.DecidedAt);
        return new FundingDecisionDocument(proposal.Id, proposal.Reference, proposal.Acronym, proposal.Title, context.Call.Title, context.Call.Programme, outcome,
            decidedAt, ParisTime.ToLocal(decidedAt), funders.Sum(f => f.RequestedAid), funders.Sum(f => f.GrantedAid), funders, partners);
    }
}
