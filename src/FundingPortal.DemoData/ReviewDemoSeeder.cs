using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using FundingPortal.Domain.Reviews.Evaluation;
using FundingPortal.Domain.Reviews.Experts;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.DemoData;

/// <summary>
/// Demo review of the closed call: three expert profiles (one with a past affiliation that conflicts with SANTÉ-EDGE),
/// CYBER-PORT labelled, SANTÉ-EDGE not labelled, VIDÉO-ÉCO waiting for its second review, MARÉE-IA not yet assigned
/// (for trying the automatic assignment).
/// </summary>
public sealed class ReviewDemoSeeder(AppDbContext db, IOutbox outbox, IAuditTrail audit, TimeProvider clock)
{
    private static readonly string[] Keys = ["innovation", "market", "consortium", "feasibility", "roadmap", "territory"];

    public async Task SeedAsync(Call open, Call closed, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var users = await db.Users.Where(u => u.Email!.StartsWith("expert.")).ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        var atlantique = await db.Organisations.FirstAsync(o => o.Name == "Atlantique Logiciels", ct);
        var calls = new[] { closed.Id, open.Id };
        var a = Expert.Create(users["expert.a@experts-pole.fr"], new ExpertProfile("Dr Anne Le Bihan", ["cybersécurité", "réseaux", "5G", "numérique"], [], calls), now).Value;
        var b = Expert.Create(users["expert.b@experts-pole.fr"], new ExpertProfile("Pr Bertrand Quéré", ["santé", "vidéo", "compression", "IA", "numérique"], [], calls),
            now).Value;
        var c = Expert.Create(users["expert.c@experts-pole.fr"], new ExpertProfile("Dr Claire Fontaine", ["vidéo", "énergie", "innovation"],
            [new ExpertAffiliation(atlantique.Id, new DateOnly(2019, 1, 1), today.AddYears(-1))], calls), now).Value;
        db.Experts.AddRange(a, b, c);

        var proposals = await db.Proposals.Where(p => p.CallId == closed.Id).ToDictionaryAsync(p => p.Acronym, ct);
        var assignedAt = closed.Timeline.SubmissionDeadline.Utc.AddDays(1);
        var reviewedAt = assignedAt.AddDays(3);

        var cyber = Review(closed, proposals["CYBER-PORT"], reviewedAt,
            (a, [4.5m, 4, 4, 3.5m, 4, 3.5m], Recommendation.Label, "Approche de sécurité portuaire très solide, démonstrateur crédible."),
            (b, [4, 4.5m, 3.5m, 4, 4, 4], Recommendation.Label, "Marché bien identifié, consortium complémentaire."));
        var sante = Review(closed, proposals["SANTÉ-EDGE"], reviewedAt,
            (a, [2.5m, 2, 3, 2.5m, 3, 3], Recommendation.Reject, "Le modèle économique reste à construire."),
            (b, [4.5m, 1.5m, 3, 2.5m, 3, 2.5m], Recommendation.Defer, "Idée originale, mais l'accès au marché hospitalier n'est pas démontré."));
        Review(closed, proposals["VIDÉO-ÉCO"], reviewedAt,
            (c, [3.5m, 3, 3.5m, 4, 3, 3], Recommendation.Label, "Gains énergétiques mesurables, programme de travail réaliste."),
            (b, null, null, null));

        await Decide(proposals["CYBER-PORT"], cyber, LabellingOutcome.Labelled, "Projet structurant pour la filière portuaire ; le comité recommande le cofinancement.",
            now.AddHours(-2), ct);
        await Decide(proposals["SANTÉ-EDGE"], sante, LabellingOutcome.NotLabelled,
            "Le comité relève un désaccord fort sur le caractère innovant et un accès au marché non démontré.", now.AddHours(-1), ct);
        await db.SaveChangesAsync(ct);

        List<ReviewAssignment> Review(Call call, Proposal proposal, DateTimeOffset at,
            params (Expert Expert, decimal[]? Scores, Recommendation? Recommendation, string? Comment)[] reviews)
        {
            var assignments = new List<ReviewAssignment>();
            foreach (var (expert, scores, recommendation, comment) in reviews)
            {
                var assignment = ReviewAssignment.Create(proposal.Id, call.Id, expert.Id, AssignmentOrigin.Automatic, call.Timeline.ReviewDeadline.Utc, assignedAt);
                if (scores is not null)
                {
                    var draft = new ReviewDraft(Keys.Zip(scores).ToDictionary(s => s.First, s => (decimal?)s.Second),
                        new Dictionary<string, string?> { ["innovation"] = comment }, comment, recommendation);
                    assignment.SaveDraft(draft, call.EvaluationGrid, at);
                    assignment.SubmitReview(call.EvaluationGrid, at);
                }
                else
                {
                    assignment.SaveDraft(new ReviewDraft(new Dictionary<string, decimal?> { ["innovation"] = 3 }, new Dictionary<string, string?>(), null, null),
                        call.EvaluationGrid, at);
                }

                assignments.Add(assignment);
            }

            db.ReviewAssignments.AddRange(assignments);
            ReviewProgress.Refresh(proposal, assignments, at);
            var evaluation = ProposalEvaluation.Start(proposal.Id, call.Id, at);
            evaluation.Update(EvaluationAggregator.Aggregate(call.EvaluationGrid,
                assignments.Where(x => x.HasSubmittedReview).Select(x => (IReadOnlyDictionary<string, decimal>)x.Review!.Scores).ToList()), at);
            db.ProposalEvaluations.Add(evaluation);
            return assignments;
        }
    }

    private async Task Decide(Proposal proposal, List<ReviewAssignment> assignments, LabellingOutcome outcome, string motivation, DateTimeOffset at,
        CancellationToken ct)
    {
        var certificate = outcome == LabellingOutcome.Labelled ? LabelCertificateNumber.Format(at.Year, await db.NextLabelCertificateNumberAsync(ct)) : null;
        var before = proposal.Status;
        var decision = LabellingDecision.Decide(proposal, assignments, outcome, motivation, certificate, Guid.Empty, at).Value;
        db.LabellingDecisions.Add(decision);
        await audit.RecordAsync(AuditStreams.Proposal, proposal.Id, "labelling_decided", before.ToString(), proposal.Status.ToString(),
            new { outcome = outcome.ToString(), motivation, certificateNumber = certificate }, ct);
        outbox.Enqueue(new LabellingDecided(proposal.Id, proposal.CallId, proposal.Reference, proposal.Acronym, outcome.ToString(), motivation, at, certificate,
            decision.Id, proposal.LeadOrganisationId, proposal.Partners.Select(p => p.OrganisationId).ToList()));
    }
}
