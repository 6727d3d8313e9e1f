using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Application.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Api.IntegrationTests.Reviews;

[Collection(Collections.Reviews)]
public sealed class ReviewingTests(ApiFactory factory) : PortalTest(factory)
{
    private async Task<(ReviewScenario S, Dossier Dossier, ExpertUser First, Guid FirstAssignment, ExpertUser Second, Guid SecondAssignment)> TwoReviewers()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("KAPPA", ["IA"]);
        var first = await s.NewExpert("Dr Première", ["IA"]);
        var second = await s.NewExpert("Dr Seconde", ["IA"]);
        s.Close();
        await s.AutoAssign();
        return (s, dossier, first, await ReviewScenario.AssignmentOf(first, dossier), second, await ReviewScenario.AssignmentOf(second, dossier));
    }

    [Theory]
    [InlineData(5.5)]
    [InlineData(-1)]
    [InlineData(3.25)]
    [InlineData(2.7)]
    public async Task Scores_off_the_scale_or_not_on_half_points_are_400(double score)
    {
        var (_, _, first, assignment, _, _) = await TwoReviewers();

        var response = await first.Client.PutAsJsonAsync($"/api/assignments/{assignment}/review", new { scores = new { innovation = score } });

        await ApiClient.AssertProblem(response, HttpStatusCode.BadRequest, "invalid_score");
        Assert.NotNull((await ApiClient.ReadObject(response))["errors"]!["scores.innovation"]);
    }

    [Fact]
    public async Task Unknown_criteria_are_400_and_an_incomplete_review_is_422_listing_what_is_missing()
    {
        var (_, _, first, assignment, _, _) = await TwoReviewers();

        await ApiClient.AssertProblem(await first.Client.PutAsJsonAsync($"/api/assignments/{assignment}/review", new { scores = new { design = 3 } }),
            HttpStatusCode.BadRequest, "unknown_criterion");
        var draft = await first.Client.PutAsJsonAsync($"/api/assignments/{assignment}/review", new { scores = new { innovation = 4, market = 3.5 }, overallComment = "En cours." });
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Equal("Accepted", (await ApiClient.ReadObject(draft))["status"]!.GetValue<string>());

        var submit = await first.Client.PostAsync($"/api/assignments/{assignment}/review/submit", null);

        await ApiClient.AssertProblem(submit, HttpStatusCode.UnprocessableEntity, "review_incomplete");
        var missing = (await ApiClient.ReadObject(submit))["missing"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Equal(["scores.consortium", "scores.feasibility", "scores.roadmap", "scores.territory", "recommendation"], missing);
        var saved = await first.Client.GetFromJsonAsync<JsonObject>($"/api/assignments/{assignment}/review");
        Assert.Equal(3.5m, saved!["scores"]!["market"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Reviews_are_blind_until_the_expert_submits_and_the_last_one_makes_the_dossier_reviewed()
    {
        var (s, dossier, first, firstAssignment, second, secondAssignment) = await TwoReviewers();

        await ApiClient.AssertProblem(await first.Client.GetAsync($"/api/proposals/{dossier.ProposalId}/evaluation"), HttpStatusCode.Forbidden, "own_review_pending");
        await ReviewScenario.SubmitReview(first, firstAssignment, ReviewScenario.Review(4));

        var seenByFirst = await first.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}/evaluation");
        var own = Assert.Single(seenByFirst!["reviews"]!.AsArray())!;
        Assert.True(own["mine"]!.GetValue<bool>());
        Assert.Equal("Expert A", own["label"]!.GetValue<string>());
        Assert.Null(own["expertId"]);
        Assert.Null(own["displayName"]);
        await ApiClient.AssertProblem(await second.Client.GetAsync($"/api/proposals/{dossier.ProposalId}/evaluation"), HttpStatusCode.Forbidden, "own_review_pending");
        Assert.Equal("UnderReview", (await s.Manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}"))!["status"]!.GetValue<string>());

        // Anonymous labels follow the submission order; on a frozen test clock two submissions would tie.
        s.Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await ReviewScenario.SubmitReview(second, secondAssignment, ReviewScenario.Review(2, "Reject"));

        var seenBySecond = await second.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}/evaluation");
        Assert.Equal(["Expert A", "Expert B"], seenBySecond!["reviews"]!.AsArray().Select(r => r!["label"]!.GetValue<string>()));
        Assert.Equal([false, true], seenBySecond["reviews"]!.AsArray().Select(r => r!["mine"]!.GetValue<bool>()));
        Assert.Equal("Reviewed", (await s.Manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}"))!["status"]!.GetValue<string>());

        var managerView = await s.Manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}/evaluation");
        Assert.Equal(["Dr Première", "Dr Seconde"], managerView!["reviews"]!.AsArray().Select(r => r!["displayName"]!.GetValue<string>()));
        Assert.Equal("Submitted", (await ApiClient.ReadObject(await first.Client.GetAsync($"/api/assignments/{firstAssignment}")))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_submitted_review_is_locked()
    {
        var (_, _, first, assignment, _, _) = await TwoReviewers();
        await ReviewScenario.SubmitReview(first, assignment, ReviewScenario.Review(3));

        await ApiClient.AssertProblem(await first.Client.PutAsJsonAsync($"/api/assignments/{assignment}/review", ReviewScenario.Review(5)), HttpStatusCode.Conflict, "review_locked");
        await ApiClient.AssertProblem(await first.Client.PostAsync($"/api/assignments/{assignment}/review/submit", null), HttpStatusCode.Conflict, "review_locked");
        await ApiClient.AssertProblem(await first.Client.PostAsJsonAsync($"/api/assignments/{assignment}/decline", new { reason = "TooManyAssignments" }),
            HttpStatusCode.Conflict, "review_already_submitted");
    }

    [Fact]
    public async Task Nobody_but_the_assigned_expert_touches_an_assignment()
    {
        var (s, dossier, first, assignment, second, _) = await TwoReviewers();
        var outsider = await s.NewExpert("Dr Extérieure", ["IA"]);

        foreach (var client in new[] { second.Client, outsider.Client, dossier.Lead.Client, s.Manager })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/assignments/{assignment}/review", ReviewScenario.Review(3))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/assignments/{assignment}/review/submit", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/assignments/{assignment}/review")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/api/proposals/{dossier.ProposalId}/evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await dossier.Lead.Client.GetAsync("/api/assignments")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.Client.GetAsync($"/api/assignments/{assignment}/review")).StatusCode);
    }

    [Fact]
    public async Task Reminders_and_calendars_see_the_reviews_still_owed()
    {
        var (_, dossier, first, firstAssignment, second, secondAssignment) = await TwoReviewers();

        Assert.Equal(new[] { firstAssignment, secondAssignment }.Order(), (await Owed(dossier)).Order());
        await ReviewScenario.SubmitReview(first, firstAssignment, ReviewScenario.Review(3));
        var owed = (await PendingReviews()).Single(r => r.ProposalId == dossier.ProposalId);
        Assert.Equal((secondAssignment, second.UserId, dossier.Reference), (owed.AssignmentId, owed.ExpertUserId, owed.ProposalReference));
    }

    private async Task<IReadOnlyList<PendingReview>> PendingReviews()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IPendingReviews>().ListAsync(CancellationToken.None);
    }

    private async Task<IEnumerable<Guid>> Owed(Dossier dossier) =>
        (await PendingReviews()).Where(r => r.ProposalId == dossier.ProposalId).Select(r => r.AssignmentId);
}
