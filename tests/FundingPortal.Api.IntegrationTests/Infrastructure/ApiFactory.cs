using FundingPortal.Api;
using FundingPortal.Api.IntegrationTests.Contract;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FundingPortal.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The real API over real HTTP plumbing and a real PostgreSQL database, with a clock the test controls. One host is
/// shared by the test classes of a collection (<see cref="Collections"/>); <see cref="ResetAsync"/> puts it back to how it
/// started before each test (<see cref="PortalTest"/>).
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ManagerEmail = "manager@cluster.test";
    public const string ManagerPassword = "Gestion-Pole-Test-2026";
    public const string LegalPublisherName = "Pôle Essai (réglage des tests)";

    /// <summary>Longer than any consumer takes here (a PDF under load), short enough to name a stuck one quickly.</summary>
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(15);

    private TestDatabase? _database;
    private DatabaseReset? _reset;

    /// <summary>Starts, and starts again at every reset, on a fixed instant: 1 June 2026 10:00 UTC.</summary>
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));

    /// <summary>What the consumers of this host are handling now.</summary>
    public MessagesInFlight Messages { get; } = new();

    public string ConnectionString => _database!.ConnectionString;

    /// <summary>Where the consumers running in this host write their e-mails (out of the source tree).</summary>
    public virtual string MailDirectory => Path.Combine(Path.GetTempPath(), "fp-test-mail", _database!.Name);

    /// <summary>Where this host publishes its audit seals (out of the source tree).</summary>
    public string SealsDirectory => Path.Combine(Path.GetTempPath(), "fp-test-seals", _database!.Name);

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _ = Server; // builds the host, which migrates the database and creates the bootstrap manager
        _reset = await DatabaseReset.CaptureAsync(ConnectionString);
    }

    /// <summary>
    /// Back to the state after start-up: once the work the last test set going is done, the tables emptied but for the
    /// bootstrap manager, the in-memory caches emptied, the clock at its start, no e-mail.
    /// </summary>
    public async Task ResetAsync()
    {
        var idle = await BackgroundWork.WaitUntilIdleAsync(ConnectionString, Clock, Messages, IdleTimeout);
        if (!idle)
        {
            throw new InvalidOperationException(
                $"The previous test left background work running after {IdleTimeout.TotalSeconds} s ({Messages.Count} message(s) being consumed).");
        }

        await _reset!.ResetAsync();
        ((MemoryCache)Services.GetRequiredService<IMemoryCache>()).Clear();
        Clock.Reset();
        foreach (var directory in new[] { MailDirectory, SealsDirectory }.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }

        await OnResetAsync();
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

    /// <summary>Empties what a derived factory runs beside the application (the e-mails an SMTP server received).</summary>
    protected virtual Task OnResetAsync() => Task.CompletedTask;

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
        builder.UseSetting("RateLimits:VerifyPerMinute", "100000");
        // Staff here sign in with a password alone, as the demo's do; the MFA tests turn the requirement back on.
        builder.UseSetting("Security:RequireMfaForStaff", "false");
        builder.UseSetting("Mail:PickupDirectory", MailDirectory);
        builder.UseSetting("Audit:SealsDirectory", SealsDirectory);
        // Messages leave the outbox within 100 ms, so tests waiting for e-mails and documents do not wait long.
        builder.UseSetting("Messaging:PollInterval", "00:00:00.100");
        // The recurring jobs are scheduled (the dashboard lists them) but never run by themselves here: tests that need
        // one call it, and no job writes into a test that did not ask for it.
        builder.UseSetting("Jobs:RunServer", "false");
        // Each cluster names itself in configuration: the legal pages must show this, not the demo default (LegalPagesTests).
        builder.UseSetting("Legal:Publisher:Name", LegalPublisherName);
        foreach (var (key, value) in ExtraSettings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddOpenApiContractCheck(() => Server.CreateClient().GetStringAsync("/openapi/v1.json"));
            services.AddReceiveObserver(_ => Messages);
            services.AddLoggingThatOutlivesTheHost();
            if (!ProductionPasswordHashing)
            {
                services.AddFastPasswordHashing();
            }

            ConfigureTestServices(services);
        });
    }

    /// <summary>Whether passwords are hashed at the production work factor (tests that time the sign-in).</summary>
    protected virtual bool ProductionPasswordHashing => false;

    protected virtual IEnumerable<(string Key, string Value)> ExtraSettings() => [];

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }
}
