using Hangfire;
using Hangfire.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Hosts of different collections start and stop in one process while Hangfire keeps one log provider for all of them:
/// a host starting after another has stopped must still get its loggers.
/// </summary>
public sealed class HostLoggingTests
{
    [Fact]
    public async Task A_host_gets_hangfire_loggers_after_another_host_of_the_process_has_stopped()
    {
        await using var running = Host();
        await using (var stopped = Host())
        {
            // Each host points Hangfire's process-wide log provider at its own logger factory when it builds its configuration.
            _ = running.GetRequiredService<IGlobalConfiguration>();
            _ = stopped.GetRequiredService<IGlobalConfiguration>();
        }

        var logger = LogProvider.GetLogger("Hangfire.Client"); // what the running host's job client does at start-up
        Assert.NotNull(logger);
    }

    private static ServiceProvider Host()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLoggingThatOutlivesTheHost();
        services.AddHangfire(_ => { });
        return services.BuildServiceProvider();
    }
}
