using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Proposals;
using FundingPortal.Contracts;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Proposals.Submission;

namespace FundingPortal.DemoData;

/// <summary>
/// A two-stage call whose pre-proposal deadline passed three days ago: one pre-proposal waiting for the shortlist, one
/// invited to the full proposal (its consortium completes its budgets now), one not shortlisted, each with the cluster's feedback.
/// </summary>
public sealed partial class DemoSeeder
{
    private async Task SeedTwoStageCallAsync(Funder[] funders, DemoConsortium c, DateTimeOffset now, CancellationToken ct)
    {
        var local = ParisTime.ToLocal(now);
        var preProposalDeadline = local.Date.AddDays(-3).AddHours(12);
        var call = Build("Appel en deux étapes — Santé numérique " + local.Year, "i-Démo régionalisé", preProposalDeadline.AddDays(-40).AddHours(-3),
            local.Date.AddDays(45).AddHours(12), funders, Paris(preProposalDeadline.AddDays(-45)),
            new PreProposalStage(LocalInstant.Create(preProposalDeadline, LocalInstant.DefaultTimeZone).Value, 5));
        db.Calls.Add(call);
        await db.SaveChangesAsync(ct);

        var organisations = new[] { c.Ondes, c.Lab, c.Normandie, c.Atlantique, c.Capsule }.ToDictionary(o => o.Id);
        var funderMap = funders.ToDictionary(f => f.Id);
        var submittedAt = Paris(preProposalDeadline.AddDays(-2));
        await PreProposal(call, "HOULE-NET", "Télésurveillance des patients à domicile par réseaux bas débit", c.Capsule,
            [(c.Capsule, 500_000m), (c.Lab, 350_000m), (c.Atlantique, 600_000m)], submittedAt, null);
        await PreProposal(call, "PHARE-IA", "Aide au diagnostic en imagerie par apprentissage frugal", c.Atlantique,
            [(c.Atlantique, 800_000m), (c.Lab, 400_000m), (c.Normandie, 700_000m)], submittedAt.AddHours(2),
            (true, "Projet retenu : précisez au dossier complet le rôle du laboratoire et le plan d'accès au marché."));
        await PreProposal(call, "BRUME-3D", "Visualisation 3D des données de santé en réalité mixte", c.Ondes,
            [(c.Ondes, 450_000m), (c.Lab, 200_000m), (c.Normandie, 300_000m)], submittedAt.AddHours(4),
            (false, "Le marché visé sort de la feuille de route santé du pôle ; un prochain appel « industries créatives » s'y prêtera mieux."));
        await db.SaveChangesAsync(ct);

        static DateTimeOffset Paris(DateTime local) => LocalInstant.Create(local, LocalInstant.DefaultTimeZone).Value.Utc;

        async Task PreProposal(Call twoStage, string acronym, string title, Organisation lead, (Organisation Org, decimal Total)[] partners, DateTimeOffset at,
            (bool Invited, string Feedback)? shortlist)
        {
            var number = await db.NextProposalNumberAsync(ct);
            var fields = new ProjectFields(acronym, title,
                $"{title}. Pré-proposition : le consortium présente l'idée, les partenaires et une estimation des coûts de chacun.",
                ["santé", "numérique", acronym.Split('-')[0].ToLowerInvariant()], 3, 6, 36);
            var proposal = Proposal.Create(twoStage, lead.Id, $"FP-{at.Year}-{number:D4}", fields, at).Value;
            foreach (var (organisation, total) in partners)
            {
                if (organisation.Id != lead.Id)
                {
                    proposal.AddPartner(organisation.Id, twoStage, at);
                }

                proposal.SetEstimate(organisation.Id, total, twoStage, at);
            }

            db.Proposals.Add(proposal);
            SubmitDemo(new ProposalContext(proposal, twoStage, organisations, funderMap), at);
            if (shortlist is { } decision)
            {
                proposal.Shortlist(decision.Invited, decision.Feedback, twoStage, now);
            }
        }
    }
}
