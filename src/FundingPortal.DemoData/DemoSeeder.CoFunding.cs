using FundingPortal.Application.CoFunding;
using FundingPortal.Application.Proposals;
using FundingPortal.Contracts;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.DemoData;

internal sealed record DemoConsortium(Organisation Ondes, Organisation Lab, Organisation Normandie, Organisation Atlantique, Organisation Capsule);

/// <summary>
/// Co-funding in the demo: in the closed call, a funded, a partially funded and a not funded project, and one labelled
/// project whose funding requests are left for the manager to send (Bretagne grants part, the State all, Normandie
/// declines: the walk-through of the co-funding issue).
/// </summary>
public sealed partial class DemoSeeder
{
    private async Task SeedCoFundingAsync(Call call, DemoConsortium o, IReadOnlyDictionary<Guid, Funder> funders, DateTimeOffset submittedAt, CancellationToken ct)
    {
        var organisations = new[] { o.Ondes, o.Lab, o.Normandie, o.Atlantique, o.Capsule }.ToDictionary(x => x.Id);
        var funded = await Dossier(call, "MARÉE-IA", "Prévision des marées et de l'érosion côtière par apprentissage", o.Ondes,
            [(o.Ondes, 700_000m), (o.Lab, 500_000m), (o.Normandie, 800_000m)], submit: true, submittedAt.AddHours(6), organisations, funders);
        var partial = await Dossier(call, "PHARE-NUM", "Jumeau numérique des phares et balises", o.Ondes,
            [(o.Ondes, 600_000m), (o.Lab, 450_000m), (o.Normandie, 700_000m)], submit: true, submittedAt.AddHours(7), organisations, funders);
        var declined = await Dossier(call, "SENTINELLE", "Surveillance acoustique des fonds marins", o.Capsule,
            [(o.Capsule, 500_000m), (o.Lab, 350_000m), (o.Atlantique, 450_000m)], submit: true, submittedAt.AddHours(8), organisations, funders);
        var awaiting = await Dossier(call, "LITTORAL-IOT", "Capteurs connectés pour la gestion du littoral", o.Ondes,
            [(o.Ondes, 650_000m), (o.Lab, 400_000m), (o.Normandie, 750_000m)], submit: true, submittedAt.AddHours(9), organisations, funders);
        await db.SaveChangesAsync(ct);

        // The labelling decision belongs to the review area, whose demo data is not merged yet: these four dossiers are
        // set to Labelled directly, everything after that goes through the domain.
        var labelled = new[] { funded.Id, partial.Id, declined.Id, awaiting.Id };
        await db.Proposals.Where(p => labelled.Contains(p.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ProposalStatus.Labelled).SetProperty(p => p.ConcurrencyVersion, p => p.ConcurrencyVersion + 1), ct);
        db.ChangeTracker.Clear();

        await DecideDemo(call, funded.Id, organisations, funders, (request, line) => line.RequestedAid, ct);
        await DecideDemo(call, partial.Id, organisations, funders, (request, line) => funders[request.FunderId].Kind == FunderKind.State
            ? line.RequestedAid
            : funders[request.FunderId].Region == "FR-BRE" ? decimal.Round(line.RequestedAid * 0.6m, 2) : 0m, ct);
        await DecideDemo(call, declined.Id, organisations, funders, (_, _) => 0m, ct);
    }

    /// <summary>Sends the funding requests, then records each funder's decision as <paramref name="grant"/> says (0 everywhere: declined).</summary>
    private async Task DecideDemo(Call call, Guid proposalId, IReadOnlyDictionary<Guid, Organisation> organisations, IReadOnlyDictionary<Guid, Funder> funders,
        Func<FundingRequest, FundingRequestLine, decimal> grant, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var proposal = await db.Proposals.Include(p => p.Partners).Include(p => p.Attachments).FirstAsync(p => p.Id == proposalId, ct);
        var partners = proposal.Partners.Select(p => p.OrganisationId).ToList();
        var basis = FundingPlanBasis.FromDraft(new ProposalContext(proposal, call, organisations, funders));
        var requests = FundingRequest.OpenAll(proposal, FundingPlanCalculator.Compute(call, funders, basis.Costs), now).Value;
        db.FundingRequests.AddRange(requests);
        outbox.Enqueue(new FundingRequested(proposal.Id, proposal.CallId, proposal.Reference, proposal.Acronym, now,
            requests.Select(r => new FunderAidRequested(r.FunderId, r.RequestedAid)).ToList(), proposal.LeadOrganisationId, partners));

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var request in requests)
        {
            var lines = request.Lines.Select(l => new GrantLine(l.OrganisationId, grant(request, l),
                l.Category == OrganisationCategory.Large ? FundingInstrument.RepayableAdvance : FundingInstrument.Grant)).Where(g => g.GrantedAmount > 0).ToList();
            var decision = lines.Count > 0 ? FundingDecision.Granted : FundingDecision.Declined;
            var comment = decision == FundingDecision.Granted ? "Aide votée en comité d'engagement." : "Projet hors des priorités de financement de cette session.";
            request.Decide(decision, lines, comment, Guid.Empty, now);
            if (request.GrantedAid > 0 && !await envelopes.TryReserve(call.Id, request.FunderId, request.GrantedAid, ct))
            {
                throw new InvalidOperationException($"Demo envelope of {funders[request.FunderId].Name} exceeded.");
            }

            outbox.Enqueue(new FundingDecided(proposal.Id, proposal.CallId, proposal.Reference, request.FunderId, decision.ToString(), request.RequestedAid,
                request.GrantedAid, now, partners));
        }

        var outcome = proposal.ApplyFundingDecision(requests, now).Value!.Value;
        outbox.Enqueue(new FundingOutcomeReached(proposal.Id, outcome.ToString(), proposal.CallId, proposal.Reference, proposal.Acronym,
            requests.Sum(r => r.RequestedAid), requests.Sum(r => r.GrantedAid), now, proposal.LeadOrganisationId, partners));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
