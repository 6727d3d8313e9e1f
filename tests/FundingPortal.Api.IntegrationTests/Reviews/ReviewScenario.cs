using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Reviews;

public sealed record Applicant(HttpClient Client, Guid OrganisationId);

public sealed record Dossier(Guid ProposalId, string Reference, Applicant Lead, Applicant Lab, Applicant Large);

public sealed record ExpertUser(HttpClient Client, Guid ExpertId, Guid UserId, string DisplayName);

/// <summary>
/// A call of the test's own, open from yesterday to 30 days ahead, with submitted dossiers and experts; <see cref="Close"/>
/// moves the shared clock past its deadline (forward only, so tests sharing a factory each build their own call).
/// </summary>
public sealed class ReviewScenario
{
    private ReviewScenario(ApiFactory factory, ApiClient api, HttpClient manager, Guid callId, DateTimeOffset deadlineUtc)
    {
        Factory = factory;
        Api = api;
        Manager = manager;
        CallId = callId;
        DeadlineUtc = deadlineUtc;
    }

    public ApiFactory Factory { get; }
    public ApiClient Api { get; }
    public HttpClient Manager { get; }
    public Guid CallId { get; }
    public DateTimeOffset DeadlineUtc { get; }

    public static readonly string[] Criteria = ["innovation", "market", "consortium", "feasibility", "roadmap", "territory"];

    public static async Task<ReviewScenario> Create(ApiFactory factory, bool hideBudgetFromExperts = false)
    {
        var api = new ApiClient(factory);
        var manager = await api.Manager();
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var today = TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(), paris).Date;
        var (state, bretagne, normandie) = await CallBuilder.EnsureFunders(manager);
        var definition = CallBuilder.Definition(today.AddDays(-1), today.AddDays(30).AddHours(18), [(state, 10_000_000m), (bretagne, 5_000_000m), (normandie, 5_000_000m)]);
        definition["hideBudgetFromExperts"] = hideBudgetFromExperts;
        var created = await manager.PostAsJsonAsync("/api/calls", definition);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await ApiClient.ReadObject(created))["id"]!.GetValue<Guid>();
        var published = await manager.PostAsync($"/api/calls/{id}/publish", null);
        Assert.True(published.StatusCode == HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        var call = await ApiClient.ReadObject(published);
        return new ReviewScenario(factory, api, manager, id, call["submissionDeadline"]!["utc"]!.GetValue<DateTimeOffset>());
    }

    public async Task<Applicant> NewApplicant(string category, string region)
    {
        var (client, organisationId, _) = await Api.NewApplicant(category, region);
        return new Applicant(client, organisationId);
    }

    /// <summary>An eligible dossier led by an SME with a lab and a large company, submitted before the deadline.</summary>
    public async Task<Dossier> SubmitDossier(string acronym, string[] keywords, Applicant? lead = null, Applicant? lab = null, Applicant? large = null,
        Guid[]? excludedExperts = null, Guid[]? coLabellingClusters = null)
    {
        lead ??= await NewApplicant("Sme", "FR-BRE");
        lab ??= await NewApplicant("Research", "FR-BRE");
        large ??= await NewApplicant("Large", "FR-NOR");
        var created = await lead.Client.PostAsJsonAsync($"/api/calls/{CallId}/proposals", new
        {
            acronym, title = $"Projet {acronym}", summary = "Un projet collaboratif du Grand-Ouest.", keywords, trlStart = 4, trlTarget = 7, durationMonths = 36,
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var proposal = await ApiClient.ReadObject(created);
        var id = proposal["id"]!.GetValue<Guid>();
        await Consortium.Expect(lead.Client.PostAsJsonAsync($"/api/proposals/{id}/partners", new { organisationId = lab.OrganisationId }), HttpStatusCode.Created);
        await Consortium.Expect(lead.Client.PostAsJsonAsync($"/api/proposals/{id}/partners", new { organisationId = large.OrganisationId }), HttpStatusCode.Created);
        foreach (var (organisationId, personnel) in new[] { (lead.OrganisationId, 500_000m), (lab.OrganisationId, 400_000m), (large.OrganisationId, 600_000m) })
        {
            await Consortium.Expect(lead.Client.PutAsJsonAsync($"/api/proposals/{id}/partners/{organisationId}/budget",
                new { personnel, overheads = 100_000m, subcontracting = 0m, equipment = 0m, otherCosts = 0m }), HttpStatusCode.OK);
        }

        if (excludedExperts is not null)
        {
            await Consortium.Expect(lead.Client.PutAsJsonAsync($"/api/proposals/{id}/excluded-experts", new { expertIds = excludedExperts }), HttpStatusCode.OK);
        }

        if (coLabellingClusters is not null)
        {
            await Consortium.Expect(lead.Client.PutAsJsonAsync($"/api/proposals/{id}/co-labelling", new { clusterIds = coLabellingClusters }), HttpStatusCode.OK);
        }

        await Consortium.Expect(lead.Client.PostAsync($"/api/proposals/{id}/submit", null), HttpStatusCode.OK);
        return new Dossier(id, proposal["reference"]!.GetValue<string>(), lead, lab, large);
    }

    public async Task<ExpertUser> NewExpert(string displayName, string[] expertise, params (Guid OrganisationId, DateOnly From, DateOnly? To)[] affiliations)
    {
        var (client, _, userId) = await Api.NewUser("expert");
        var response = await Manager.PostAsJsonAsync("/api/experts", new
        {
            userId,
            displayName,
            expertise,
            affiliations = affiliations.Select(a => new { organisationId = a.OrganisationId, from = a.From, to = a.To }),
            callIds = new[] { CallId },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return new ExpertUser(client, (await ApiClient.ReadObject(response))["expertId"]!.GetValue<Guid>(), userId, displayName);
    }

    public void Close() => Factory.Clock.SetUtcNow(DeadlineUtc.AddMinutes(1));

    public async Task<JsonObject> AutoAssign()
    {
        var response = await Manager.PostAsync($"/api/calls/{CallId}/assignments/auto", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ApiClient.ReadObject(response);
    }

    public async Task<Guid> Assign(Dossier dossier, ExpertUser expert)
    {
        var response = await Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/assignments", new { expertId = expert.ExpertId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await ApiClient.ReadObject(response))["id"]!.GetValue<Guid>();
    }

    public static async Task<Guid> AssignmentOf(ExpertUser expert, Dossier dossier)
    {
        var mine = await expert.Client.GetItemsAsync("/api/assignments");
        return mine!.Single(a => a!["proposalId"]!.GetValue<Guid>() == dossier.ProposalId)!["id"]!.GetValue<Guid>();
    }

    public static object Review(decimal score, string recommendation = "Label", IReadOnlyDictionary<string, decimal>? overrides = null) => new
    {
        scores = Criteria.ToDictionary(k => k, k => overrides?.GetValueOrDefault(k, score) ?? score),
        comments = Criteria.ToDictionary(k => k, k => $"Commentaire sur {k}."),
        overallComment = "Avis d'ensemble.",
        recommendation,
    };

    public static async Task SubmitReview(ExpertUser expert, Guid assignmentId, object review)
    {
        await Consortium.Expect(expert.Client.PutAsJsonAsync($"/api/assignments/{assignmentId}/review", review), HttpStatusCode.OK);
        await Consortium.Expect(expert.Client.PostAsync($"/api/assignments/{assignmentId}/review/submit", null), HttpStatusCode.OK);
    }

    public async Task<HttpResponseMessage> Decide(Dossier dossier, string outcome, string motivation = "Le comité salue la qualité du consortium.") =>
        await Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/labelling-decision", new { outcome, motivation });
}
