using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace FundingPortal.Web.BrowserTests.Infrastructure;

/// <summary>The real application on a loopback Kestrel port, over a throwaway PostgreSQL database, with a clock the tests set.</summary>
public sealed class WebFactory(string connectionString, IEnumerable<(string Key, string Value)>? settings = null) : WebApplicationFactory<Program>
{
    public const string ManagerEmail = "responsable@pole-ouest.test";
    public const string ManagerPassword = "Gestion-Pole-Test-2027";

    /// <summary>15 June 2027, 10:00 in Paris: calls of the tests are open until 19 October 2027 at 18:00.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 6, 15, 8, 0, 0, TimeSpan.Zero));

    /// <summary>Where the application writes its e-mails (out of the source tree), read through <see cref="Mailbox"/>.</summary>
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), $"fp-web-mail-{Guid.NewGuid():N}");

    public Mailbox Mailbox => new(MailDirectory);

    public Uri Start()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:FundingPortal", connectionString);
        builder.UseSetting("Bootstrap:ManagerEmail", ManagerEmail);
        builder.UseSetting("Bootstrap:ManagerPassword", ManagerPassword);
        builder.UseSetting("RateLimits:AuthPerMinute", "100000");
        builder.UseSetting("RateLimits:SubmitsPerMinutePerUser", "100000");
        builder.UseSetting("RateLimits:VerifyPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information");
        builder.UseSetting("Mail:PickupDirectory", MailDirectory);
        // Staff sign in with a password alone here, as the demo's do; the account journeys' host requires MFA.
        builder.UseSetting("Security:RequireMfaForStaff", "false");
        // E-mails and documents leave the outbox within 100 ms; no recurring job runs by itself behind a journey's back.
        builder.UseSetting("Messaging:PollInterval", "00:00:00.100");
        builder.UseSetting("Jobs:RunServer", "false");
        foreach (var (key, value) in settings ?? [])
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddFastPasswordHashing();
            services.AddLoggingThatOutlivesTheHost();
        });
    }
}
