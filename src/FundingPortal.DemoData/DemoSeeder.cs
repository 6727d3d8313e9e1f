using FundingPortal.Application.Abstractions;
using FundingPortal.Application.CoFunding;
using FundingPortal.Application.Common;
using FundingPortal.Application.Proposals;
using FundingPortal.Contracts;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Proposals.Submission;
using FundingPortal.Infrastructure.Identity;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FundingPortal.DemoData;

/// <summary>
/// Seeds a demo cluster on first run: funders, an open call closing next 19 October at 18:00 Paris time, a closed
/// call, member organisations with users, and dossiers in draft and submitted states.
/// </summary>
public sealed partial class DemoSeeder(AppDbContext db, UserManager<AppUser> users, IOutbox outbox, ReviewDemoSeeder reviews,
    FundingPortal.Application.Documents.DocumentScheduler documents, IEnvelopeLedger envelopes, IAuditTrail audit, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string DemoPassword = "Demo-Pole-2026";
    private static readonly IReadOnlyDictionary<OrganisationCategory, decimal> FuiRates = new Dictionary<OrganisationCategory, decimal>
    {
        [OrganisationCategory.Sme] = 0.225m, [OrganisationCategory.MidCap] = 0.15m, [OrganisationCategory.Large] = 0.125m, [OrganisationCategory.Research] = 0.20m,
    };

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Organisations.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        // Demo staff may work without a second factor (Security:RequireMfaForStaff), the bootstrap manager included:
        // on a first run it is the only account there is. Accounts created later are not exempt.
        await db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.MfaExempt, true), ct);
        var funders = new[]
        {
            Funder.Create("Bpifrance (État)", FunderKind.State, null).Value,
            Funder.Create("Région Bretagne", FunderKind.Region, "FR-BRE").Value,
            Funder.Create("Région Normandie", FunderKind.Region, "FR-NOR").Value,
            Funder.Create("Région Pays de la Loire", FunderKind.Region, "FR-PDL").Value,
        };
        db.Funders.AddRange(funders);

        var ondes = Organisation(db, "Ondes Bretonnes SAS", "732829320", OrganisationCategory.Sme, "FR-BRE", now);
        var lab = Organisation(db, "Laboratoire Électronique & Télécom de Rennes", "194200036", OrganisationCategory.Research, "FR-BRE", now);
        var normandie = Organisation(db, "Normandie Télécom Industries", "552100554", OrganisationCategory.Large, "FR-NOR", now);
        var atlantique = Organisation(db, "Atlantique Logiciels", "443061841", OrganisationCategory.MidCap, "FR-PDL", now);
        var capsule = Organisation(db, "Capsule Santé Connectée", "351012422", OrganisationCategory.Sme, "FR-BRE", now);
        await db.SaveChangesAsync(ct);

        await User("claire.martin@ondes-bretonnes.fr", ondes.Id, null, [Roles.Applicant]);
        await User("yann.le-goff@lab-rennes.fr", lab.Id, null, [Roles.Applicant]);
        await User("sophie.duval@normandie-telecom.fr", normandie.Id, null, [Roles.Applicant]);
        await User("paul.bernard@atlantique-logiciels.fr", atlantique.Id, null, [Roles.Applicant]);
        await User("lea.morvan@capsule-sante.fr", capsule.Id, null, [Roles.Applicant]);
        await User("expert.a@experts-pole.fr", null, null, [Roles.Expert]);
        await User("expert.b@experts-pole.fr", null, null, [Roles.Expert]);
        await User("expert.c@experts-pole.fr", null, null, [Roles.Expert]);
        await User("officier@bpifrance.fr", null, funders[0].Id, [Roles.FunderOfficer]);
        await User("officier@bretagne.bzh", null, funders[1].Id, [Roles.FunderOfficer]);
        await User("officier@normandie.fr", null, funders[2].Id, [Roles.FunderOfficer]);

        var open = OpenCall(funders, now);
        var closed = ClosedCall(funders, now);
        db.Calls.AddRange(open, closed);
        await db.SaveChangesAsync(ct);

        var organisations = new[] { ondes, lab, normandie, atlantique, capsule }.ToDictionary(o => o.Id);
        var funderMap = funders.ToDictionary(f => f.Id);
        var opened = open.Timeline.OpensAt.Utc.AddDays(1) < now ? open.Timeline.OpensAt.Utc.AddDays(1) : now;

        var ocean = await Dossier(open, "OCÉAN-5G", "Réseaux 5G privés pour les ports de l'Ouest", ondes, [(ondes, 450_000m), (lab, 300_000m)], submit: false, opened);
        var agri = await Dossier(open, "AGRI-IOT", "Capteurs connectés frugaux pour l'agriculture de précision", atlantique,
            [(atlantique, 700_000m), (lab, 400_000m), (normandie, 600_000m)], submit: true, opened, organisations, funderMap);

        var submittedAt = closed.Timeline.SubmissionDeadline.Utc.AddDays(-9);
        await Dossier(closed, "CYBER-PORT", "Cybersécurité des infrastructures portuaires", normandie,
            [(normandie, 900_000m), (ondes, 500_000m), (lab, 350_000m)], submit: true, submittedAt, organisations, funderMap);
        await Dossier(closed, "SANTÉ-EDGE", "Télésurveillance médicale en périphérie de réseau", capsule,
            [(capsule, 600_000m), (lab, 450_000m), (atlantique, 500_000m)], submit: true, submittedAt.AddHours(3), organisations, funderMap);
        await Dossier(closed, "VIDÉO-ÉCO", "Compression vidéo sobre en énergie", ondes,
            [(ondes, 650_000m), (lab, 380_000m), (normandie, 700_000m)], submit: true, submittedAt.AddHours(5), organisations, funderMap);
        await Dossier(closed, "MARÉE-IA", "Prévision des marées par apprentissage automatique pour les ports", atlantique,
            [(atlantique, 800_000m), (lab, 420_000m), (normandie, 650_000m)], submit: true, submittedAt.AddHours(7), organisations, funderMap);

        await db.SaveChangesAsync(ct);
        await reviews.SeedAsync(open, closed, ct);
        await SeedCoFundingAsync(closed, new DemoConsortium(ondes, lab, normandie, atlantique, capsule), funderMap, submittedAt, ct);
        await SeedTwoStageCallAsync(funders, new DemoConsortium(ondes, lab, normandie, atlantique, capsule), now, ct);
        await SeedOpenPreProposalStageAsync(funders, new DemoConsortium(ondes, lab, normandie, atlantique, capsule), now, ct);
        await SeedCommitteeAsync(closed, new DemoConsortium(ondes, lab, normandie, atlantique, capsule), now, ct);
        await SeedClustersAsync(agri, opened, now, ct);
        await ScheduleStageDocumentsAsync(ct);
        await SeedConsentAsync(ocean, ondes, normandie, now, ct);
        await SeedAuditTrailAsync(ct);
        logger.LogInformation("Demo data seeded: 4 funders, 5 organisations, 3 experts, 4 calls (two in two stages), dossiers at every stage (draft, submitted, under review, labelled, not labelled, funded, partially funded, not funded, draft pre-proposal, pre-proposal, invited, not shortlisted), a closed committee session with its minutes, clusters TES and EMC2 with a manager each, AGRI-IOT asking TES to co-label it");

        async Task User(string email, Guid? organisationId, Guid? funderId, string[] roles)
        {
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, OrganisationId = organisationId, FunderId = funderId, CreatedAt = now,
                MfaExempt = true,
            };
            var created = await users.CreateAsync(user, DemoPassword);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo user {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRolesAsync(user, roles);
        }
    }

    private async Task<Proposal> Dossier(Call call, string acronym, string title, Organisation lead, (Organisation Org, decimal Total)[] partners, bool submit, DateTimeOffset at,
        IReadOnlyDictionary<Guid, Organisation>? organisations = null, IReadOnlyDictionary<Guid, Funder>? funders = null)
    {
        var number = await db.NextProposalNumberAsync(CancellationToken.None);
        var fields = new ProjectFields(acronym, title,
            $"{title}. Le consortium réunit industriels et laboratoires du Grand-Ouest autour d'un démonstrateur à l'échelle réelle, " +
            "avec un plan d'exploitation des résultats et des retombées d'emplois sur le territoire.",
            ["numérique", "innovation", acronym.Split('-')[0].ToLowerInvariant()], 4, 7, 36);
        var proposal = Proposal.Create(call, lead.Id, $"FP-{at.Year}-{number:D4}", fields, at).Value;
        foreach (var (organisation, total) in partners)
        {
            if (organisation.Id != lead.Id)
            {
                proposal.AddPartner(organisation.Id, call, at);
            }

            proposal.SetBudget(organisation.Id, new Budget(decimal.Round(total * 0.7m, 2), decimal.Round(total * 0.2m, 2), 0, decimal.Round(total * 0.1m, 2), 0), call, at);
        }

        db.Proposals.Add(proposal);
        if (!submit)
        {
            return proposal;
        }

        SubmitDemo(new ProposalContext(proposal, call, organisations!, funders!), at);
        return proposal;
    }

    /// <summary>Submits a demo dossier as its lead would, receipt and documents asked for through the outbox.</summary>
    private void SubmitDemo(ProposalContext context, DateTimeOffset at)
    {
        var proposal = context.Proposal;
        var version = proposal.Submit(context.Call, context.Organisations, new Submitter(Guid.Empty, null), at, number => ProposalSnapshot.Build(context, number, at));
        if (!version.IsSuccess)
        {
            throw new InvalidOperationException($"Demo dossier {proposal.Acronym} is not eligible: {version.Error!.Message}");
        }

        db.ProposalVersions.Add(version.Value);
        outbox.Enqueue(new ProposalSubmitted(proposal.Id, proposal.CallId, proposal.Reference, proposal.Acronym, version.Value.Number, version.Value.ReceiptNumber, at,
            proposal.LeadOrganisationId, proposal.Partners.Select(p => p.OrganisationId).ToList()));
    }

    private static Organisation Organisation(AppDbContext db, string name, string siren, OrganisationCategory category, string region, DateTimeOffset now)
    {
        var organisation = Domain.Organisations.Organisation.Create(name, siren, category, region, null, now).Value;
        db.Organisations.Add(organisation);
        return organisation;
    }

    private static Call OpenCall(Funder[] funders, DateTimeOffset now)
    {
        var local = ParisTime.ToLocal(now);
        var year = local < new DateTime(local.Year, 10, 19, 18, 0, 0) ? local.Year : local.Year + 1;
        return Build("Appel à projets collaboratifs — Grand-Ouest numérique " + year, "FUI-Régions " + year,
            local.Date.AddDays(-20).AddHours(9), new DateTime(year, 10, 19, 18, 0, 0), funders, now);
    }

    private static Call ClosedCall(Funder[] funders, DateTimeOffset now)
    {
        var local = ParisTime.ToLocal(now);
        var deadline = local.Date.AddDays(-10).AddHours(18);
        // Bretagne's envelope is tighter here: with the real envelopes the funding simulation draws its line through the
        // last labelled dossier, LITTORAL-IOT, partly fundable (docs/funding-simulation.md).
        return Build("Appel FUI-Régions — session d'automne (clos)", "FUI-Régions", deadline.AddMonths(-4), deadline, funders, deadline.AddMonths(-5),
            envelopeOf: f => f.Region == "FR-BRE" ? 900_000m : DefaultEnvelope(f));
    }

    private static decimal DefaultEnvelope(Funder funder) => funder.Kind == FunderKind.State ? 6_000_000m : 2_500_000m;

    private static Call Build(string title, string programme, DateTime opens, DateTime deadline, Funder[] funders, DateTimeOffset publishedAt,
        PreProposalStage? preProposal = null, Func<Funder, decimal>? envelopeOf = null)
    {
        static LocalInstant At(DateTime local) => LocalInstant.Create(local, LocalInstant.DefaultTimeZone).Value;
        envelopeOf ??= DefaultEnvelope;
        var callFunders = funders.Select((f, i) => CallFunder.Create(f.Id, envelopeOf(f), FuiRates, null, i).Value).ToList();
        var definition = new CallDefinition(title, programme,
            "Projets collaboratifs de recherche et développement associant entreprises et laboratoires du territoire des pôles Images & Réseaux et TES.",
            ["FR-BRE", "FR-NOR", "FR-PDL"],
            new CallTimeline(At(opens), At(deadline), At(deadline.AddDays(27)), At(deadline.AddDays(37).Date.AddHours(14)), At(deadline.AddDays(119))),
            EligibilityRules.Default, EvaluationGrid.Default, 2, false, callFunders, preProposal);
        var call = Call.Create(definition, publishedAt).Value;
        call.Publish(publishedAt);
        return call;
    }

    /// <summary>The seeded submissions and decisions were recorded directly; ask for the PDFs their live counterparts would have produced.</summary>
    private async Task ScheduleStageDocumentsAsync(CancellationToken ct)
    {
        foreach (var version in await db.ProposalVersions.AsNoTracking().Select(v => new { v.ProposalId, v.Number }).ToListAsync(ct))
        {
            documents.Schedule(version.ProposalId, Domain.Documents.DocumentKind.Receipt, version.Number);
            documents.Schedule(version.ProposalId, Domain.Documents.DocumentKind.Dossier, version.Number);
        }

        foreach (var decision in await db.LabellingDecisions.AsNoTracking().ToListAsync(ct))
        {
            documents.Schedule(decision.ProposalId, Domain.Documents.DocumentKind.EvaluationSummary);
            if (decision.CertificateNumber is not null)
            {
                documents.Schedule(decision.ProposalId, Domain.Documents.DocumentKind.LabelCertificate);
            }
        }

        var funded = await db.Proposals.AsNoTracking()
            .Where(p => p.Status == ProposalStatus.Funded || p.Status == ProposalStatus.PartiallyFunded || p.Status == ProposalStatus.NotFunded)
            .Select(p => p.Id).ToListAsync(ct);
        foreach (var proposalId in funded)
        {
            documents.Schedule(proposalId, Domain.Documents.DocumentKind.FundingDecision);
        }

        await db.SaveChangesAsync(ct);
    }
}
