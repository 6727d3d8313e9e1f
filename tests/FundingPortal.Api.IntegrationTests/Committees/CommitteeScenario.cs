using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;

namespace FundingPortal.Api.IntegrationTests.Committees;

/// <summary>
/// A call after its deadline with three dossiers: TOP (both reviews in, scored 4), MID (both in, scored 3) and LATE (one
/// review of two), and a second cluster manager to sit on the committee with the bootstrap manager.
/// </summary>
public sealed record CommitteeScenario(ReviewScenario S, Dossier Top, Dossier Mid, Dossier Late, ExpertUser Expert, HttpClient Colleague,
    Guid ManagerUserId, Guid ColleagueUserId, string ColleagueEmail)
{
    public static async Task<CommitteeScenario> Create(ApiFactory factory, string prefix)
    {
        var s = await ReviewScenario.Create(factory);
        var top = await s.SubmitDossier($"{prefix}-TOP", ["IA"]);
        var mid = await s.SubmitDossier($"{prefix}-MID", ["IA"]);
        var late = await s.SubmitDossier($"{prefix}-LATE", ["IA"]);
        var first = await s.NewExpert("Dr Alpha", ["IA"]);
        var second = await s.NewExpert("Dr Bêta", ["IA"]);
        s.Close();
        await s.AutoAssign();
        foreach (var (dossier, score) in new[] { (top, 4m), (mid, 3m) })
        {
            await ReviewScenario.SubmitReview(first, await ReviewScenario.AssignmentOf(first, dossier), ReviewScenario.Review(score));
            await ReviewScenario.SubmitReview(second, await ReviewScenario.AssignmentOf(second, dossier), ReviewScenario.Review(score));
        }

        await ReviewScenario.SubmitReview(first, await ReviewScenario.AssignmentOf(first, late), ReviewScenario.Review(5));

        var (colleague, email, colleagueId) = await s.Api.NewUser("manager");
        await Consortium.Expect(s.Manager.PutAsJsonAsync($"/api/admin/users/{colleagueId}/roles", new { roles = new[] { "ClusterManager" } }), HttpStatusCode.OK);
        var managerId = (await s.Manager.GetFromJsonAsync<JsonObject>("/api/me"))!["userId"]!.GetValue<Guid>();
        return new CommitteeScenario(s, top, mid, late, first, colleague, managerId, colleagueId, email);
    }

    /// <summary>Ten days after the deadline, 14:00 Paris time.</summary>
    public object SessionRequest(int auditionMinutes = 20, Guid[]? members = null) => new
    {
        startsAt = new { localDateTime = $"{Paris(S.DeadlineUtc.AddDays(10)):yyyy-MM-dd}T14:00:00", timeZone = "Europe/Paris" },
        location = "Salle du conseil, Rennes",
        memberUserIds = members ?? [ManagerUserId, ColleagueUserId],
        auditionMinutes,
    };

    public async Task<JsonObject> Schedule()
    {
        var response = await S.Manager.PostAsJsonAsync($"/api/calls/{S.CallId}/committee-sessions", SessionRequest());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ApiClient.ReadObject(response);
    }

    public Task<HttpResponseMessage> Vote(Guid sessionId, Dossier dossier, string outcome, int votesFor, int against = 0, int abstentions = 0, string? motivation = null) =>
        S.Manager.PostAsJsonAsync($"/api/committee-sessions/{sessionId}/votes",
            new { proposalId = dossier.ProposalId, outcome, votesFor, votesAgainst = against, abstentions, motivation });

    public static DateTime Paris(DateTimeOffset utc) => Domain.Common.ParisTime.ToLocal(utc);
}
