using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FundingPortal.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Three organisations building one dossier: an SME lead in Bretagne, a research lab in Bretagne and a large
/// company in Normandie, in a call open from yesterday to <see cref="DeadlineUtc"/> (Paris time).
/// </summary>
public sealed class Consortium
{
    public required HttpClient Lead { get; init; }
    public required Guid LeadOrganisationId { get; init; }
    public required HttpClient Lab { get; init; }
    public required Guid LabOrganisationId { get; init; }
    public required HttpClient Large { get; init; }
    public required Guid LargeOrganisationId { get; init; }
    public required Guid CallId { get; init; }
    public required DateTimeOffset DeadlineUtc { get; init; }
    public required Guid ProposalId { get; init; }
    public required JsonObject Call { get; init; }

    public static readonly object ValidFields = new
    {
        acronym = "OCÉAN-5G",
        title = "Réseaux 5G privés pour les ports de l'Ouest",
        summary = "Un projet collaboratif pour déployer des réseaux privés dans les ports de Brest, Saint-Malo et Cherbourg.",
        keywords = new[] { "5G", "ports", "réseaux privés" },
        trlStart = 4,
        trlTarget = 7,
        durationMonths = 36,
    };

    public static async Task<Consortium> Create(ApiFactory factory, int deadlineInDays = 30, DateTime? deadlineLocal = null, JsonObject? eligibility = null,
        DateTime? preProposalDeadlineLocal = null)
    {
        var api = new ApiClient(factory);
        var manager = await api.Manager();
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var nowParis = TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(), paris).DateTime;
        var opens = new DateTime(nowParis.Year, nowParis.Month, nowParis.Day, 0, 0, 0).AddDays(-1);
        var deadline = deadlineLocal ?? new DateTime(nowParis.Year, nowParis.Month, nowParis.Day, 18, 0, 0).AddDays(deadlineInDays);
        var call = await CallBuilder.CreatePublished(manager, opens, deadline, eligibility, preProposalDeadlineLocal);
        var callId = call["id"]!.GetValue<Guid>();

        var (lead, leadOrg, _) = await api.NewApplicant("Sme", "FR-BRE", "Ondes Bretonnes SAS");
        var (lab, labOrg, _) = await api.NewApplicant("Research", "FR-BRE", "Laboratoire Électronique & Télécom de Rennes");
        var (large, largeOrg, _) = await api.NewApplicant("Large", "FR-NOR", "Normandie Télécom Industries");

        var created = await lead.PostAsJsonAsync($"/api/calls/{callId}/proposals", ValidFields);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var proposalId = (await ApiClient.ReadObject(created))["id"]!.GetValue<Guid>();

        return new Consortium
        {
            Lead = lead, LeadOrganisationId = leadOrg, Lab = lab, LabOrganisationId = labOrg, Large = large, LargeOrganisationId = largeOrg,
            CallId = callId, DeadlineUtc = call["submissionDeadline"]!["utc"]!.GetValue<DateTimeOffset>(), ProposalId = proposalId, Call = call,
        };
    }

    /// <summary>Adds both partners and sets realistic budgets: 2.0 M€ in total, nobody above 70 %.</summary>
    public async Task MakeEligible()
    {
        await Expect(Lead.PostAsJsonAsync($"/api/proposals/{ProposalId}/partners", new { organisationId = LabOrganisationId }), HttpStatusCode.Created);
        await Expect(Lead.PostAsJsonAsync($"/api/proposals/{ProposalId}/partners", new { organisationId = LargeOrganisationId }), HttpStatusCode.Created);
        await Expect(Lead.PutAsJsonAsync($"/api/proposals/{ProposalId}/partners/{LeadOrganisationId}/budget",
            new { personnel = 500_000m, overheads = 100_000m, subcontracting = 50_000m, equipment = 50_000m, otherCosts = 0m }), HttpStatusCode.OK);
        await Expect(Lab.PutAsJsonAsync($"/api/proposals/{ProposalId}/partners/{LabOrganisationId}/budget",
            new { personnel = 400_000m, overheads = 80_000m, subcontracting = 0m, equipment = 20_000m, otherCosts = 0m }), HttpStatusCode.OK);
        await Expect(Large.PutAsJsonAsync($"/api/proposals/{ProposalId}/partners/{LargeOrganisationId}/budget",
            new { personnel = 600_000m, overheads = 150_000m, subcontracting = 25_000m, equipment = 25_000m, otherCosts = 0m }), HttpStatusCode.OK);
    }

    public Task<HttpResponseMessage> Submit(string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/proposals/{ProposalId}/submit");
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return Lead.SendAsync(request);
    }

    public static async Task Expect(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var response = await call;
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
