using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FundingPortal.Web.BrowserTests.Infrastructure;

/// <summary>Sets the scene through the public API (what other people did before the journey starts).</summary>
public sealed class ApiArrange(Uri baseUrl, IServiceProvider services)
{
    public const string Password = "Mot-de-passe-Test-2027";
    private static int _siren = Random.Shared.Next(10_000_000, 80_000_000);

    public sealed record Organisation(HttpClient Client, Guid Id, string Name, string Siren);

    public static string NextSiren()
    {
        var body = Interlocked.Increment(ref _siren).ToString("D8", CultureInfo.InvariantCulture);
        return Enumerable.Range(0, 10).Select(check => body + check).First(FundingPortal.Domain.Organisations.Siren.HasValidLuhnChecksum);
    }

    public async Task<HttpClient> Login(string email, string password)
    {
        var client = new HttpClient { BaseAddress = baseUrl };
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        var body = await Ensure(response, HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body["accessToken"]!.GetValue<string>());
        return client;
    }

    public Task<HttpClient> Manager() => Login(WebFactory.ManagerEmail, WebFactory.ManagerPassword);

    public Task<Organisation> NewOrganisation(string name, string category, string region) => NewOrganisation(name, category, region, $"contact-{Guid.NewGuid():N}@exemple.test");

    public async Task<Organisation> NewOrganisation(string name, string category, string region, string email)
    {
        using (var anonymous = new HttpClient { BaseAddress = baseUrl })
        {
            await Ensure(await anonymous.PostAsJsonAsync("/api/auth/register", new { email, password = Password }), HttpStatusCode.OK);
        }

        await ConfirmEmail(email);
        var client = await Login(email, Password);
        var siren = NextSiren();
        var created = await Ensure(await client.PostAsJsonAsync("/api/organisations", new { name, siren, category, region }), HttpStatusCode.Created);
        return new Organisation(client, created["id"]!.GetValue<Guid>(), name, siren);
    }

    public async Task<IReadOnlyList<Guid>> EnsureFunders(HttpClient manager)
    {
        var existing = await manager.GetFromJsonAsync<JsonArray>("/api/funders");
        if (existing!.Count > 0)
        {
            return existing.OrderBy(f => f!["kind"]!.GetValue<string>() == "State" ? 0 : 1).Select(f => f!["id"]!.GetValue<Guid>()).ToList();
        }

        var ids = new List<Guid>();
        foreach (var (name, kind, region) in new[] { ("Bpifrance (État)", "State", (string?)null), ("Région Bretagne", "Region", "FR-BRE"), ("Région Normandie", "Region", "FR-NOR"), ("Région Pays de la Loire", "Region", "FR-PDL") })
        {
            var created = await Ensure(await manager.PostAsJsonAsync("/api/funders", new { name, kind, region }), HttpStatusCode.Created);
            ids.Add(created["id"]!.GetValue<Guid>());
        }

        return ids;
    }

    /// <summary>A FUI-like call open from 1 June to 19 October 2027, 18:00 Paris time.</summary>
    public Task<Guid> PublishedCall(string title) => PublishedCall(title, "2027-10-19T18:00:00");

    /// <summary>A call open from 1 June 2027 to <paramref name="deadlineLocal"/> (Paris time); its later dates follow the deadline.</summary>
    public async Task<Guid> PublishedCall(string title, string deadlineLocal, string? preProposalDeadlineLocal = null)
    {
        var deadline = DateTime.Parse(deadlineLocal, CultureInfo.InvariantCulture);
        string Later(int days, int hours = 0) => deadline.AddDays(days).AddHours(hours).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        var manager = await Manager();
        var funders = await EnsureFunders(manager);
        JsonObject At(string local) => new() { ["localDateTime"] = local, ["timeZone"] = "Europe/Paris" };
        var definition = new JsonObject
        {
            ["title"] = title,
            ["programme"] = "FUI-Régions",
            ["description"] = "Projets collaboratifs de R&D du numérique dans le Grand-Ouest.",
            ["territory"] = new JsonArray("FR-BRE", "FR-NOR", "FR-PDL"),
            ["opensAt"] = At("2027-06-01T09:00:00"),
            ["submissionDeadline"] = At(deadlineLocal),
            ["reviewDeadline"] = At(Later(27)),
            ["committeeDate"] = At(Later(37, hours: -4)),
            ["fundingDecisionDeadline"] = At(Later(119)),
            ["funders"] = new JsonArray(funders.Select((id, i) => (JsonNode)new JsonObject
            {
                ["funderId"] = id,
                ["envelope"] = i == 0 ? 10_000_000m : 3_000_000m,
                ["rates"] = new JsonObject { ["Sme"] = 0.225m, ["MidCap"] = 0.15m, ["Large"] = 0.125m, ["Research"] = 0.20m },
            }).ToArray()),
        };
        if (preProposalDeadlineLocal is not null)
        {
            definition["preProposal"] = new JsonObject { ["deadline"] = At(preProposalDeadlineLocal) };
        }

        var created = await Ensure(await manager.PostAsJsonAsync("/api/calls", definition), HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        await Ensure(await manager.PostAsync($"/api/calls/{id}/publish", null), HttpStatusCode.OK);
        return id;
    }

    /// <summary>A complete three-partner dossier, submitted by its lead.</summary>
    public async Task<(Guid Id, string Reference)> SubmittedDossier(Guid callId, string acronym)
    {
        var lead = await NewOrganisation($"{acronym} Systèmes SAS", "Sme", "FR-BRE");
        var (id, reference) = await DraftDossier(callId, acronym, lead);
        await Ensure(await lead.Client.PostAsync($"/api/proposals/{id}/submit", null), HttpStatusCode.OK);
        return (id, reference);
    }

    /// <summary>
    /// A three-partner draft led by <paramref name="lead"/>, with a research lab and an industrial partner: every budget
    /// is in, except the lead's own when <paramref name="withLeadBudget"/> is false (left for the journey to fill).
    /// </summary>
    public async Task<(Guid Id, string Reference)> DraftDossier(Guid callId, string acronym, Organisation lead, bool withLeadBudget = true)
    {
        var lab = await NewOrganisation($"Laboratoire {acronym}", "Research", "FR-BRE");
        var industry = await NewOrganisation($"{acronym} Industrie", "Large", "FR-NOR");
        var created = await Ensure(await lead.Client.PostAsJsonAsync($"/api/calls/{callId}/proposals", new
        {
            acronym,
            title = "Jumeau numérique des réseaux portuaires",
            summary = "Un jumeau numérique pour piloter les réseaux des ports de l'Ouest.",
            keywords = new[] { "jumeau numérique", "ports" },
            trlStart = 3,
            trlTarget = 6,
            durationMonths = 36,
        }), HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        foreach (var partner in new[] { lab, industry })
        {
            await Ensure(await lead.Client.PostAsJsonAsync($"/api/proposals/{id}/partners", new { organisationId = partner.Id }), HttpStatusCode.Created);
        }

        foreach (var (organisation, personnel) in new[] { (lead, 500_000m), (lab, 300_000m), (industry, 400_000m) })
        {
            if (organisation == lead && !withLeadBudget)
            {
                continue;
            }

            await Ensure(await lead.Client.PutAsJsonAsync($"/api/proposals/{id}/partners/{organisation.Id}/budget",
                new { personnel, overheads = 50_000m, subcontracting = 0m, equipment = 20_000m, otherCosts = 0m }), HttpStatusCode.OK);
        }

        return (id, created["reference"]!.GetValue<string>());
    }

    public sealed record Person(string Email, Guid UserId);

    /// <summary>A registered person who confirmed the e-mail address (as after following the confirmation link).</summary>
    public async Task<Person> NewUser(string prefix)
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@exemple.test";
        using var anonymous = new HttpClient { BaseAddress = baseUrl };
        await Ensure(await anonymous.PostAsJsonAsync("/api/auth/register", new { email, password = Password }), HttpStatusCode.OK);
        await ConfirmEmail(email);
        var me = await (await Login(email, Password)).GetFromJsonAsync<JsonObject>("/api/me");
        return new Person(email, me!["userId"]!.GetValue<Guid>());
    }

    public Task ConfirmEmail(string email) => EmailConfirmation.ConfirmAsync(services, email);

    public async Task<Person> NewExpert(Guid callId, string displayName, string[] expertise)
    {
        var person = await NewUser("expert");
        var manager = await Manager();
        await Ensure(await manager.PostAsJsonAsync("/api/experts", new { userId = person.UserId, displayName, expertise, affiliations = Array.Empty<object>(), callIds = new[] { callId } }),
            HttpStatusCode.Created);
        return person;
    }

    /// <summary>The expert accepts the dossier and submits a complete review with the same score on every criterion.</summary>
    public async Task ReviewAsExpert(Person expert, Guid proposalId, decimal score)
    {
        var client = await Login(expert.Email, Password);
        var assignments = (await client.GetFromJsonAsync<JsonObject>("/api/assignments"))!["items"]!.AsArray();
        var id = assignments!.First(a => a!["proposalId"]!.GetValue<Guid>() == proposalId)!["id"]!.GetValue<Guid>();
        await Ensure(await client.PostAsync($"/api/assignments/{id}/accept", null), HttpStatusCode.OK);
        string[] keys = ["innovation", "market", "consortium", "feasibility", "roadmap", "territory"];
        await Ensure(await client.PutAsJsonAsync($"/api/assignments/{id}/review", new
        {
            scores = keys.ToDictionary(k => k, _ => score),
            comments = keys.ToDictionary(k => k, _ => "Solide et bien argumenté."),
            overallComment = "Un projet à soutenir.",
            recommendation = "Label",
        }), HttpStatusCode.OK);
        await Ensure(await client.PostAsync($"/api/assignments/{id}/review/submit", null), HttpStatusCode.OK);
    }

    /// <summary>The manager assigns the call's experts automatically (after its deadline).</summary>
    public async Task AutoAssign(Guid callId) => await Ensure(await (await Manager()).PostAsync($"/api/calls/{callId}/assignments/auto", null), HttpStatusCode.OK);

    /// <summary>The manager records the committee's labelling decision (every review must be in).</summary>
    public async Task Decide(Guid proposalId, string outcome, string motivation) =>
        await Ensure(await (await Manager()).PostAsJsonAsync($"/api/proposals/{proposalId}/labelling-decision", new { outcome, motivation }), HttpStatusCode.OK);

    /// <summary>The manager records a funder's decision granting every line in full.</summary>
    public async Task GrantInFull(Guid proposalId, string funderName)
    {
        var manager = await Manager();
        var status = await manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{proposalId}/funding-decisions");
        var funder = status!["funders"]!.AsArray().First(f => f!["funderName"]!.GetValue<string>() == funderName)!;
        var lines = funder["lines"]!.AsArray().Select(l => new
        {
            organisationId = l!["organisationId"]!.GetValue<Guid>(),
            grantedAmount = l["requestedAid"]!.GetValue<decimal>(),
            instrument = "Grant",
        }).ToArray();
        await Ensure(await manager.PostAsJsonAsync($"/api/proposals/{proposalId}/funding-decisions",
            new { funderId = funder["funderId"]!.GetValue<Guid>(), decision = "Granted", lines, comment = "Accordé en totalité." }), HttpStatusCode.Created);
    }

    private static async Task<JsonObject> Ensure(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return body.Length == 0 ? [] : JsonNode.Parse(body) as JsonObject ?? [];
    }
}
