using System.Globalization;
using System.Text.Json.Nodes;

namespace FundingPortal.LoadTest;

public sealed record SeededDossier(Guid ProposalId, ApiSession Lead);

public sealed record SeedResult(Guid CallId, DateTimeOffset DeadlineUtc, IReadOnlyList<SeededDossier> Dossiers, TimeSpan Took);

/// <summary>Creates a call closing at now + X and N ready-to-submit dossiers through the public API.</summary>
public sealed class LoadSeeder(HttpClient http, Options options)
{
    private const string Password = "load-test-password";
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private int _siren = Random.Shared.Next(10_000_000, 90_000_000);

    public async Task<SeedResult> Seed(CancellationToken ct)
    {
        var started = DateTimeOffset.UtcNow;
        var manager = await ApiSession.Login(http, options.ManagerEmail, options.ManagerPassword);
        var funders = (await manager.Json(HttpMethod.Get, "/api/funders")).AsArray();
        var state = funders.FirstOrDefault(f => f!["kind"]!.GetValue<string>() == "State")?["id"]?.GetValue<Guid>()
                    ?? (await manager.Json(HttpMethod.Post, "/api/funders", new { name = $"État (charge {_run})", kind = "State" }))["id"]!.GetValue<Guid>();

        var nowParis = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris).DateTime;
        var deadline = nowParis.AddSeconds(options.DeadlineInSeconds);
        deadline = new DateTime(deadline.Year, deadline.Month, deadline.Day, deadline.Hour, deadline.Minute, deadline.Second);
        object At(DateTime local) => new { localDateTime = local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), timeZone = "Europe/Paris" };
        var call = await manager.Json(HttpMethod.Post, "/api/calls", new
        {
            title = $"Appel de charge {_run}",
            programme = "Test de charge",
            territory = new[] { "FR-BRE", "FR-NOR", "FR-PDL" },
            opensAt = At(nowParis.AddDays(-1)),
            submissionDeadline = At(deadline),
            reviewDeadline = At(deadline.AddDays(30)),
            committeeDate = At(deadline.AddDays(40)),
            fundingDecisionDeadline = At(deadline.AddDays(120)),
            funders = new[] { new { funderId = state, envelope = 100_000_000m, rates = new { Sme = 0.45m, MidCap = 0.30m, Large = 0.25m, Research = 0.40m } } },
        });
        var callId = call["id"]!.GetValue<Guid>();
        await manager.Json(HttpMethod.Post, $"/api/calls/{callId}/publish");

        var (_, labOrg) = await Applicant("Research", "FR-BRE");
        var (_, largeOrg) = await Applicant("Large", "FR-NOR");
        var leads = new List<(ApiSession Session, Guid Org)>();
        for (var i = 0; i < options.Leads; i++)
        {
            leads.Add(await Applicant("Sme", "FR-BRE"));
        }

        var dossiers = new SeededDossier[options.Dossiers];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, options.SeedClients).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < options.Dossiers && !ct.IsCancellationRequested)
            {
                var (lead, leadOrg) = leads[index % leads.Count];
                dossiers[index] = new SeededDossier(await Dossier(lead, leadOrg, labOrg, largeOrg, callId, index), lead);
            }
        }));

        var deadlineUtc = TimeZoneInfo.ConvertTimeToUtc(deadline, Paris);
        return new SeedResult(callId, new DateTimeOffset(deadlineUtc, TimeSpan.Zero), dossiers, DateTimeOffset.UtcNow - started);
    }

    private async Task<Guid> Dossier(ApiSession lead, Guid leadOrg, Guid labOrg, Guid largeOrg, Guid callId, int index)
    {
        var proposal = await lead.Json(HttpMethod.Post, $"/api/calls/{callId}/proposals", new
        {
            acronym = $"CHG-{index}",
            title = $"Projet de charge n° {index}",
            summary = new string('R', 1500),
            keywords = new[] { "charge", "réseaux" },
            trlStart = 3,
            trlTarget = 6,
            durationMonths = 36,
        });
        var id = proposal["id"]!.GetValue<Guid>();
        await lead.Json(HttpMethod.Post, $"/api/proposals/{id}/partners", new { organisationId = labOrg });
        await lead.Json(HttpMethod.Post, $"/api/proposals/{id}/partners", new { organisationId = largeOrg });
        foreach (var (org, amount) in new[] { (leadOrg, 600_000m), (labOrg, 400_000m), (largeOrg, 700_000m) })
        {
            await lead.Json(HttpMethod.Put, $"/api/proposals/{id}/partners/{org}/budget", new { personnel = amount, overheads = amount / 5, subcontracting = 0m, equipment = 0m, otherCosts = 0m });
        }

        return id;
    }

    private async Task<(ApiSession Session, Guid Org)> Applicant(string category, string region)
    {
        var session = await ApiSession.Register(http, $"charge-{_run}-{Guid.NewGuid():N}@load.test", Password);
        var organisation = await session.Json(HttpMethod.Post, "/api/organisations", new { name = $"Organisation {category} {_run}-{_siren}", siren = NextSiren(), category, region });
        return (session, organisation["id"]!.GetValue<Guid>());
    }

    private string NextSiren()
    {
        while (true)
        {
            var body = Interlocked.Increment(ref _siren).ToString("D8", CultureInfo.InvariantCulture);
            for (var check = 0; check <= 9; check++)
            {
                var candidate = body + check;
                if (Luhn(candidate))
                {
                    return candidate;
                }
            }
        }
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
