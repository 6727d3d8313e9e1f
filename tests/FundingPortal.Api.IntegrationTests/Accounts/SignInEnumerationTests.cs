using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Accounts;

/// <summary>Hashes passwords at the production work factor: the timing test compares real sign-in costs.</summary>
public sealed class ProductionHashingFactory : ApiFactory
{
    protected override bool ProductionPasswordHashing => true;
}

/// <summary>Login says nothing about whether an account exists or is locked: same status, same body, about the same time.</summary>
[Collection(Collections.SignInTiming)]
public sealed class SignInEnumerationTests(ProductionHashingFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task Unknown_address_wrong_password_and_locked_account_give_the_same_401_body()
    {
        var (_, email, _) = await _api.NewUser("enum");
        var (_, lockedEmail, _) = await _api.NewUser("locked");
        for (var i = 0; i < 10; i++)
        {
            await Login(lockedEmail, "Mauvais-Mot-De-Passe-" + i);
        }

        var unknown = await Login($"inconnu-{Guid.NewGuid():N}@example.test", "Un-Mot-De-Passe-Quelconque");
        var wrong = await Login(email, "Un-Mot-De-Passe-Quelconque");
        // The locked account answers the same even to its right password: the lockout is not observable from outside.
        var locked = await Login(lockedEmail, ApiClient.Password);

        foreach (var (status, body) in new[] { unknown, wrong, locked })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.Equal(Comparable(unknown.Body), Comparable(body));
        }

        Assert.Equal("invalid_credentials", JsonNode.Parse(unknown.Body)!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await Login(email, ApiClient.Password)).Status);
    }

    [Fact]
    public async Task Unknown_and_known_addresses_take_about_the_same_time()
    {
        var (_, email, _) = await _api.NewUser("timing");
        var unknownAddress = $"inconnu-{Guid.NewGuid():N}@example.test";
        await Login(unknownAddress, "Premier-Essai-A-Froid");
        await Login(email, "Premier-Essai-A-Froid-Aussi");

        var unknown = new List<double>();
        var known = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            unknown.Add(await Timed(() => Login(unknownAddress, "Un-Mot-De-Passe-Faux-" + i)));
            // From the tenth failure on, the known account is locked: that path must not be faster either.
            known.Add(await Timed(() => Login(email, "Un-Mot-De-Passe-Faux-" + i)));
        }

        var ratio = Median(unknown) / Median(known);
        Assert.True(ratio is > 0.5 and < 2, $"median unknown {Median(unknown):F1} ms, known {Median(known):F1} ms, ratio {ratio:F2}");
    }

    private async Task<(HttpStatusCode Status, string Body)> Login(string email, string password)
    {
        var response = await _api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password });
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<double> Timed(Func<Task> call)
    {
        var watch = Stopwatch.StartNew();
        await call();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>The body without its per-request trace id.</summary>
    private static string Comparable(string body)
    {
        var json = JsonNode.Parse(body)!.AsObject();
        json.Remove("traceId");
        return json.ToJsonString();
    }
}
