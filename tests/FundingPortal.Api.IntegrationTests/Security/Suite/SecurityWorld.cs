using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;
using FundingPortal.Application.Calls.AnnounceCallClosed;
using FundingPortal.Application.Calls.FindCallsToAnnounceClosed;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Api.IntegrationTests.Security.Suite;

public sealed record Caller(string Role, HttpClient Client);

/// <summary>
/// Every kind of caller and real objects for them to aim at: a submitted dossier under review (its consortium, its
/// assigned expert with a draft review, its receipt), a draft dossier with an attachment in an open call, a funder
/// officer of the call's funder, an applicant of another organisation, a user without organisation (invited to the
/// lead's organisation), a pending join request, anonymous and a manager. Built through the API in a test host, or found in the demo data of a running portal.
/// </summary>
public sealed class SecurityWorld
{
    public const string Anonymous = "anonymous";
    public const string Loner = "user without organisation";
    public const string Applicant = "applicant (victim's lead)";
    public const string ForeignApplicant = "applicant of another organisation";
    public const string Expert = "expert (assigned)";
    public const string Officer = "funder officer";
    public const string Manager = "manager";

    public required IReadOnlyList<Caller> Callers { get; init; }
    public required ObjectIds Ids { get; init; }

    public HttpClient Client(string role) => Callers.Single(c => c.Role == role).Client;

    public static async Task<SecurityWorld> Build(ApiFactory factory)
    {
        var api = new ApiClient(factory);
        var s = await ReviewScenario.Create(factory);
        var lead = await s.NewApplicant("Sme", "FR-BRE");
        var dossier = await s.SubmitDossier("VICTIME", ["5G"], lead: lead);
        var expert = await s.NewExpert("Dr Victime", ["5G"]);
        var (state, _, _) = await CallBuilder.EnsureFunders(s.Manager);
        var (officer, _, officerUserId) = await api.NewUser("officer");
        await Consortium.Expect(s.Manager.PutAsJsonAsync($"/api/admin/users/{officerUserId}/roles", new { roles = new[] { "FunderOfficer" }, funderId = state }),
            HttpStatusCode.OK);
        s.Close();
        await AnnounceClosedCalls(factory);
        var assignmentId = await s.Assign(dossier, expert);
        await Consortium.Expect(expert.Client.PutAsJsonAsync($"/api/assignments/{assignmentId}/review", ReviewScenario.Review(3)), HttpStatusCode.OK);

        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var today = TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(), paris).Date;
        var open = await CallBuilder.CreatePublished(s.Manager, today.AddDays(-1), today.AddDays(30).AddHours(18));
        var draft = await lead.Client.PostAsJsonAsync($"/api/calls/{open["id"]}/proposals", Consortium.ValidFields);
        var draftId = (await ApiClient.ReadObject(draft))["id"]!.GetValue<Guid>();
        await Consortium.Expect(lead.Client.PostAsJsonAsync($"/api/proposals/{draftId}/partners", new { organisationId = dossier.Lab.OrganisationId }), HttpStatusCode.Created);
        var file = new ByteArrayContent(TestPdfs.OnePage("Annexe victime"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        await Consortium.Expect(lead.Client.PostAsync($"/api/proposals/{draftId}/attachments",
            new MultipartFormDataContent { { file, "file", "annexe.pdf" }, { new StringContent("Annex"), "kind" } }), HttpStatusCode.Created);

        var (loner, lonerEmail, _) = await api.NewUser("loner");
        var (foreign, _, _) = await api.NewApplicant();
        // Pending consent: the lead invites the loner, another newcomer asks to join the lead's organisation.
        await lead.Client.PostAsJsonAsync($"/api/organisations/{lead.OrganisationId}/invitations", new { email = lonerEmail });
        var (newcomer, _, _) = await api.NewUser("newcomer");
        await newcomer.PostAsJsonAsync($"/api/organisations/{lead.OrganisationId}/join-requests", new { message = "Bonjour" });
        var world = new SecurityWorld
        {
            Callers =
            [
                new(Anonymous, api.Anonymous()), new(Loner, loner), new(Applicant, lead.Client), new(ForeignApplicant, foreign),
                new(Expert, expert.Client), new(Officer, officer), new(Manager, s.Manager),
            ],
            Ids = new ObjectIds(),
        };
        await world.Discover(waitForDocuments: true);
        return world;
    }

    /// <summary>What the minute job would do on its own at some moment of the run: the closing of the call, done now.</summary>
    private static async Task AnnounceClosedCalls(ApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        foreach (var callId in await scope.ServiceProvider.GetRequiredService<FindCallsToAnnounceClosed>().Handle(CancellationToken.None))
        {
            await using var call = factory.Services.CreateAsyncScope();
            await call.ServiceProvider.GetRequiredService<AnnounceCallClosed>().Handle(callId, CancellationToken.None);
        }
    }

    /// <summary>The demo data of a portal started with ./run.sh (README's accounts).</summary>
    public static async Task<SecurityWorld> Demo(Uri baseAddress)
    {
        async Task<HttpClient> Login(string email, string password)
        {
            var client = new HttpClient { BaseAddress = baseAddress };
            var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"demo login {email}: {(int)response.StatusCode}");
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await ApiClient.ReadObject(response))["accessToken"]!.GetValue<string>());
            return client;
        }

        var loner = $"fuzz-{Guid.NewGuid():N}@example.test";
        await new HttpClient { BaseAddress = baseAddress }.PostAsJsonAsync("/api/auth/register", new { email = loner, password = ApiClient.Password });
        var world = new SecurityWorld
        {
            Callers =
            [
                new(Anonymous, new HttpClient { BaseAddress = baseAddress }),
                new(Loner, await Login(loner, ApiClient.Password)),
                new(Applicant, await Login("claire.martin@ondes-bretonnes.fr", "Demo-Pole-2026")),
                new(ForeignApplicant, await Login("paul.bernard@atlantique-logiciels.fr", "Demo-Pole-2026")),
                new(Expert, await Login("expert.a@experts-pole.fr", "Demo-Pole-2026")),
                new(Officer, await Login("officier@bpifrance.fr", "Demo-Pole-2026")),
                new(Manager, await Login("manager@pole-ouest.fr", "Gestion-Pole-2026")),
            ],
            Ids = new ObjectIds(),
        };
        await world.Discover(waitForDocuments: false);
        return world;
    }

    /// <summary>Collects the ids each caller can see: theirs are someone else's target.</summary>
    private async Task Discover(bool waitForDocuments)
    {
        foreach (var (role, client) in Callers.Where(c => c.Role != Anonymous))
        {
            var me = await Get(client, "/api/me");
            Ids.Add("users", me?["userId"]);
            Ids.Add("organisations", me?["organisationId"]);
            Ids.Add("funders", me?["funderId"]);
            Ids.Add("experts", me?["expertId"]);
            foreach (var proposal in await List(client, "/api/proposals"))
            {
                Ids.Add("proposals", proposal["id"]);
                Ids.Add("calls", proposal["callId"]);
            }

            foreach (var assignment in await List(client, "/api/assignments"))
            {
                Ids.Add("assignments", assignment["id"]);
            }

            foreach (var notification in await List(client, "/api/notifications"))
            {
                Ids.Add("notifications", notification["id"]);
            }

            foreach (var invitation in await List(client, "/api/me/invitations"))
            {
                Ids.Add("invitations", invitation["id"]);
            }

            foreach (var organisationId in Ids.Of("organisations").ToList())
            {
                foreach (var request in await List(client, $"/api/organisations/{organisationId}/join-requests"))
                {
                    Ids.Add("join-requests", request["id"]);
                }
            }
        }

        var manager = Client(Manager);
        foreach (var call in await List(manager, "/api/calls"))
        {
            Ids.Add("calls", call["id"]);
        }

        foreach (var proposalId in Ids.Of("proposals").ToList())
        {
            var proposal = await Get(manager, $"/api/proposals/{proposalId}");
            foreach (var attachment in proposal?["attachments"] as JsonArray ?? [])
            {
                Ids.Add("attachments", attachment!["id"]);
            }

            foreach (var partner in proposal?["partners"] as JsonArray ?? [])
            {
                Ids.Add("organisations", partner!["organisationId"]);
            }

            for (var i = 0; i < (waitForDocuments ? 100 : 1); i++)
            {
                var documents = await List(manager, $"/api/proposals/{proposalId}/documents");
                foreach (var document in documents)
                {
                    Ids.Add("documents", document["id"]);
                }

                if (documents.Count > 0 || Ids.Of("documents").Count > 0)
                {
                    break;
                }

                await Task.Delay(100);
            }
        }
    }

    private static async Task<JsonObject?> Get(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject : null;
    }

    private static async Task<IReadOnlyList<JsonObject>> List(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        if (!response.IsSuccessStatusCode)
        {
            return [];
        }

        var node = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        var items = node as JsonArray ?? node?["items"] as JsonArray ?? [];
        return items.OfType<JsonObject>().ToList();
    }
}
