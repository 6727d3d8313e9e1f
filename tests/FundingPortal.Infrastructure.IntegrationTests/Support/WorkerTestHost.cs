using FundingPortal.Application;
using FundingPortal.Application.Abstractions;
using FundingPortal.Infrastructure.Hosting;
using FundingPortal.Infrastructure.Persistence;
using FundingPortal.Worker;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;

namespace FundingPortal.Infrastructure.IntegrationTests.Support;

/// <summary>
/// The worker's services over a real database, with MassTransit's in-memory test harness as the bus and a clock the
/// test moves. No hosted service runs by itself: tests start dispatchers and call jobs explicitly.
/// </summary>
public sealed class WorkerTestHost : IAsyncDisposable
{
    private WorkerTestHost(TestDatabase database, ServiceProvider services, FakeTimeProvider clock, string mailDirectory)
    {
        Database = database;
        Services = services;
        Clock = clock;
        MailDirectory = mailDirectory;
    }

    public TestDatabase Database { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Clock { get; }
    public string MailDirectory { get; }
    public ITestHarness Harness => Services.GetRequiredService<ITestHarness>();
    public ConsumeCounter Consumed { get; } = new();

    /// <summary>1 June 2026, 10:00 UTC.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    public static async Task<WorkerTestHost> StartAsync(Action<IBusRegistrationConfigurator>? registerConsumers = null,
        IDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync();
        var mailDirectory = Path.Combine(Path.GetTempPath(), $"fp-mail-{Guid.NewGuid():N}");
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:FundingPortal"] = database.ConnectionString,
            ["Mail:PickupDirectory"] = mailDirectory,
            ["Messaging:PollInterval"] = "00:00:00.050",
            ["Messaging:Retry:Limit"] = "2",
            ["Messaging:Retry:MinInterval"] = "00:00:00.010",
            ["Messaging:Retry:MaxInterval"] = "00:00:00.050",
            ["Messaging:Retry:IntervalDelta"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddLoggingThatOutlivesTheHost();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment
        {
            ContentRootPath = Path.GetTempPath(),
            EnvironmentName = "Testing",
            ApplicationName = "FundingPortal.Infrastructure.IntegrationTests",
        });
        services.AddApplication();
        services.AddInfrastructure(configuration);
        services.AddFundingPortalKeyRing(configuration);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<BackgroundUser>();
        services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<BackgroundUser>());
        services.AddSingleton<ICurrentUserAccessor>(sp => sp.GetRequiredService<BackgroundUser>());
        services.AddMassTransitTestHarness(bus =>
        {
            bus.DisableUsageTelemetry();
            bus.SetKebabCaseEndpointNameFormatter();
            registerConsumers?.Invoke(bus);
        });

        var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
        }

        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var host = new WorkerTestHost(database, provider, clock, mailDirectory);
        harness.Bus.ConnectConsumeObserver(host.Consumed);
        return host;
    }

    public async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task InScope(Func<IServiceProvider, Task> work) => InScope(async sp =>
    {
        await work(sp);
        return true;
    });

    public Task<T> Query<T>(Func<AppDbContext, Task<T>> query) => InScope(sp => query(sp.GetRequiredService<AppDbContext>()));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }
    }
}
