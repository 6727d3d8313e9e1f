using FundingPortal.Api;
using FundingPortal.Api.IntegrationTests.Contract;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace FundingPortal.Api.IntegrationTests.Infrastructure;

/// <summary>The real API over real HTTP plumbing and a real PostgreSQL database, with a clock the test controls.</summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ManagerEmail = "manager@cluster.test";
    public const string ManagerPassword = "Gestion-Pole-Test-2026";

    private TestDatabase? _database;

    /// <summary>Starts on a fixed instant: 1 June 2026 10:00 UTC.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));

    public string ConnectionString => _database!.ConnectionString;

    /// <summary>Where the consumers running in this host write their e-mails (out of the source tree).</summary>
    public virtual string MailDirectory => Path.Combine(Path.GetTempPath(), "fp-test-mail", _database!.Name);

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _ = Server; // builds the host, which migrates the database and creates the bootstrap manager
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        await OnDisposedAsync();
    }

    /// <summary>Stops what a derived factory started beside the application (an SMTP server, an identity provider).</summary>
    protected virtual Task OnDisposedAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:FundingPortal", _database!.ConnectionString);
        builder.UseSetting("Bootstrap:ManagerEmail", ManagerEmail);
        builder.UseSetting("Bootstrap:ManagerPassword", ManagerPassword);
        builder.UseSetting("RateLimits:AuthPerMinute", "100000");
        builder.UseSetting("RateLimits:SubmitsPerMinutePerUser", "100000");
        // Staff here sign in with a password alone, as the demo's do; the MFA tests turn the requirement back on.
        builder.UseSetting("Security:RequireMfaForStaff", "false");
        builder.UseSetting("Mail:PickupDirectory", MailDirectory);
        foreach (var (key, value) in ExtraSettings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddOpenApiContractCheck(() => Server.CreateClient().GetStringAsync("/openapi/v1.json"));
            ConfigureTestServices(services);
        });
    }

    protected virtual IEnumerable<(string Key, string Value)> ExtraSettings() => [];

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }
}
