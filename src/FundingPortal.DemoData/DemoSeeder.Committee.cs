using FundingPortal.Application.Common;
using FundingPortal.Application.Committees;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Committees;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using FundingPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.DemoData;

/// <summary>
/// The committee in the demo: the closed call's labelling committee met this morning (CYBER-PORT labelled, SANTÉ-EDGE not
/// labelled, as decided) with the cluster's manager and an outside member who accepted the invitation, recused from
/// SANTÉ-EDGE by the conflict rules; its minutes are produced. And a second two-stage call whose pre-proposal deadline
/// is still ahead, with a draft pre-proposal of Ondes Bretonnes.
/// </summary>
public sealed partial class DemoSeeder
{
    public const string DemoCommitteeMemberEmail = "marc.riou@capsule-sante.fr";

    private async Task SeedCommitteeAsync(Call closed, DemoConsortium c, DateTimeOffset now, CancellationToken ct)
    {
        var managers = await users.GetUsersInRoleAsync(Roles.ClusterManager);
        var manager = managers.OrderBy(u => u.CreatedAt).FirstOrDefault();
        var decided = await db.Proposals.Include(p => p.Partners).Where(p => p.CallId == closed.Id && (p.Status == ProposalStatus.Labelled || p.Status == ProposalStatus.NotLabelled))
            .ToListAsync(ct);
        var decidedIds = decided.Select(p => p.Id).ToList();
        var decisions = await db.LabellingDecisions.Where(d => decidedIds.Contains(d.ProposalId)).ToDictionaryAsync(d => d.ProposalId, ct);
        // The co-funding demo's dossiers were set to Labelled without a decision: the session is the one that decided the others.
        decided = decided.Where(p => decisions.ContainsKey(p.Id)).ToList();
        if (manager is null || decided.Count == 0)
        {
            return;
        }

        // An outside member, from a partner of SANTÉ-EDGE: the conflict rules keep them away from that dossier.
        var member = new AppUser
        {
            Id = Guid.CreateVersion7(), UserName = DemoCommitteeMemberEmail, Email = DemoCommitteeMemberEmail, EmailConfirmed = true, OrganisationId = c.Capsule.Id,
            CreatedAt = now, MfaExempt = true,
        };
        var created = await users.CreateAsync(member, DemoPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {DemoCommitteeMemberEmail}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRolesAsync(member, [Roles.Applicant, Roles.CommitteeMember]);
        var invitedAt = now.AddDays(-10);
        var invitation = Invitation.ToCommittee(closed.Id, DemoCommitteeMemberEmail, manager.Id, manager.Email!, invitedAt).Value;
        invitation.Accept(member.Id, invitedAt.AddDays(1));
        invitation.MarkEmailed(invitedAt);
        db.Invitations.Add(invitation);

        var ordered = decided.OrderBy(p => decisions[p.Id].Outcome == LabellingOutcome.Labelled ? 0 : 1).ThenBy(p => p.Reference, StringComparer.Ordinal).ToList();
        var startsLocal = ParisTime.ToLocal(now.AddHours(-3));
        var startsAt = LocalInstant.Create(new DateTime(startsLocal.Year, startsLocal.Month, startsLocal.Day, startsLocal.Hour, 0, 0), LocalInstant.DefaultTimeZone).Value;
        var session = CommitteeSession.Schedule(closed.Id, startsAt, "Salle du conseil, Rennes", [manager.Id, member.Id], 20, ordered.Select(p => p.Id).ToList(),
            startsAt.Utc.AddDays(-7)).Value;
        foreach (var proposal in ordered.Where(p => p.Partners.Any(x => x.OrganisationId == c.Capsule.Id)))
        {
            session.Recuse(member.Id, proposal.Id, MemberConflicts.Reason(Domain.Reviews.Conflicts.ConflictOfInterestCodes.AffiliatedWithPartner), detected: true,
                startsAt.Utc.AddDays(-7));
        }

        foreach (var proposal in ordered)
        {
            var decision = decisions[proposal.Id];
            var voters = session.VotersFor(proposal.Id);
            var vote = decision.Outcome == LabellingOutcome.Labelled ? new CommitteeVote(voters, 0, 0) : new CommitteeVote(0, voters, 0);
            session.RecordVote(proposal.Id, decision.Outcome, vote, decision.DecidedAt, decision.Motivation);
        }

        session.Close(decisions.Values.Max(d => d.DecidedAt));
        db.CommitteeSessions.Add(session);
        await db.SaveChangesAsync(ct);
        foreach (var proposal in ordered)
        {
            documents.Schedule(proposal.Id, Domain.Documents.DocumentKind.CommitteeMinutes);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>A two-stage call still at its first stage: the pre-proposal deadline is twelve days ahead; Ondes Bretonnes drafts its pre-proposal.</summary>
    private async Task SeedOpenPreProposalStageAsync(Funder[] funders, DemoConsortium c, DateTimeOffset now, CancellationToken ct)
    {
        var local = ParisTime.ToLocal(now);
        var preProposalDeadline = local.Date.AddDays(12).AddHours(12);
        var call = Build("Appel en deux étapes — Mobilités décarbonées " + local.Year, "i-Démo régionalisé", local.Date.AddDays(-10), local.Date.AddDays(60).AddHours(18),
            funders, LocalInstant.Create(local.Date.AddDays(-10), LocalInstant.DefaultTimeZone).Value.Utc,
            new PreProposalStage(LocalInstant.Create(preProposalDeadline, LocalInstant.DefaultTimeZone).Value, 5));
        db.Calls.Add(call);
        await db.SaveChangesAsync(ct);

        var number = await db.NextProposalNumberAsync(ct);
        var at = now.AddDays(-2);
        var fields = new ProjectFields("COURANT-EV", "Recharge intelligente des flottes électriques portuaires",
            "Recharge intelligente des flottes électriques portuaires. Pré-proposition : le consortium présente l'idée, les partenaires et une estimation des coûts de chacun.",
            ["mobilité", "énergie", "ports"], 3, 6, 30);
        var proposal = Proposal.Create(call, c.Ondes.Id, $"FP-{at.Year}-{number:D4}", fields, at).Value;
        proposal.AddPartner(c.Lab.Id, call, at);
        proposal.SetEstimate(c.Ondes.Id, 550_000m, call, at);
        proposal.SetEstimate(c.Lab.Id, 320_000m, call, at);
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(ct);
    }
}
