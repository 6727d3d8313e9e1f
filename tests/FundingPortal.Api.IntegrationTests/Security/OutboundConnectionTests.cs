using System.Net;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.Security;

/// <summary>Runs alone, so that what the recorder sees comes from this host only.</summary>
[CollectionDefinition(nameof(OutboundConnectionTests), DisableParallelization = true)]
public sealed class OutboundConnectionCollection;

/// <summary>
/// The whole process (API, outbox dispatcher, in-memory bus, consumers rendering PDFs and writing e-mails, Hangfire)
/// starts, serves a journey and stops without trying to reach anything but its configured database: no usage
/// telemetry, no cloud metadata probe, no update check.
/// </summary>
/// <summary>A vendor report, if one is enabled at all, goes out at shutdown instead of minutes after start-up.</summary>
public sealed class TelemetryProbeFactory : ApiFactory
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.Configure<MassTransit.UsageTelemetryOptions>(o => o.ReportOnShutdown = true);
}

[Collection(nameof(OutboundConnectionTests))]
public sealed class OutboundConnectionTests
{
    [Fact]
    public async Task Start_up_a_submission_journey_and_shut_down_open_no_connection_but_to_the_database()
    {
        using var recorder = new OutboundConnectionRecorder();
        recorder.Start();
        var factory = new TelemetryProbeFactory();
        await factory.InitializeAsync();
        var database = new NpgsqlConnectionStringBuilder(factory.ConnectionString);
        try
        {
            var c = await Consortium.Create(factory);
            await c.MakeEligible();
            await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
            // Long enough for the consumers to render the receipt and for delayed start-up reports to go out.
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
        }

        // The test's own HttpClient talks to the in-memory TestServer ("localhost", no socket); the database is the one configured.
        var databaseAddresses = (await System.Net.Dns.GetHostAddressesAsync(database.Host!)).Select(a => $"connect {a}:{database.Port}").ToHashSet();
        string[] allowed = ["http http://localhost:80", $"dns {database.Host}", .. databaseAddresses];
        Assert.Contains(recorder.Attempts, databaseAddresses.Contains); // the recorder does see connections
        var unexpected = recorder.Attempts.Except(allowed).Distinct().ToList();
        Assert.True(unexpected.Count == 0, "unexpected outbound attempts:\n" + string.Join("\n", unexpected));
    }
}
