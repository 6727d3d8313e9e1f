using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;
using FundingPortal.Infrastructure.Messaging.Parking;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.Notifications;

/// <summary>
/// The SMTP server goes away: the request that causes an e-mail answers at once and as fast as usual, the e-mail waits
/// (retries with back-off, then a scheduled redelivery) and arrives exactly once when the server is back.
/// </summary>
[Collection(Collections.Notifications)]
public sealed class SmtpOutageTests(MailingApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task A_short_smtp_outage_delays_the_e_mail_without_slowing_the_request_and_it_arrives_once_when_the_server_is_back()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("GRÈBE", ["5G"]);
        var path = $"/api/proposals/{dossier.ProposalId}/messages";
        var usual = await TimedPost(dossier.Lab.Client, path, "Première question, serveur de courrier en marche.");
        await factory.Mail.WaitFor(ApiFactory.ManagerEmail, m => m.Text.Contains("Première question", StringComparison.Ordinal));
        await Until(async () => await NotEmailed("%") == 0 && factory.Messages.Count == 0, TimeSpan.FromSeconds(10));

        await factory.Mail.StopAsync();
        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(async () =>
        {
            using var probe = new System.Net.Sockets.TcpClient();
            await probe.ConnectAsync(IPAddress.Loopback, factory.Mail.Port);
        });
        var duringOutage = await TimedPost(dossier.Lab.Client, path, "Seconde question, pendant la panne du serveur de courrier.");
        Assert.True(duringOutage < usual + TimeSpan.FromSeconds(1), $"the request took {duringOutage.TotalMilliseconds:F0} ms during the outage, {usual.TotalMilliseconds:F0} ms before");
        await Until(async () => await NotEmailed() == 1, TimeSpan.FromSeconds(10));
        // The first attempts fail (connection refused) and the consumer waits for its next retry, the message still in hand.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.True(factory.Messages.Count > 0, "the e-mail step is still being retried");
        Assert.Equal(1, await NotEmailed());
        Assert.DoesNotContain(factory.Mail.Received, m => m.Text.Contains("Seconde question", StringComparison.Ordinal));

        factory.Mail.Restart();
        var mail = await factory.Mail.WaitFor(ApiFactory.ManagerEmail, m => m.Text.Contains("Seconde question", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal($"Message du consortium : GRÈBE — {dossier.Reference}", mail.Subject);
        await factory.NotificationEmailsHandled(await ManagerId(), 3);
        await Task.Delay(500);
        Assert.Single(factory.Mail.Received, m => m.Text.Contains("Seconde question", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_outage_longer_than_the_retries_parks_the_e_mail_for_a_redelivery_that_sends_it_once()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("HARLE", ["5G"]);
        await Until(async () => await NotEmailed("%") == 0 && factory.Messages.Count == 0, TimeSpan.FromSeconds(10));

        await factory.Mail.StopAsync();
        var posted = await dossier.Lab.Client.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/messages", new { body = "Question posée pendant une longue panne." });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        // Every in-process retry fails (exponential back-off, about 15 s in all); the message then waits for its redelivery.
        // At least this e-mail; under load another of the submission may be parked beside it (see below).
        await Until(async () => await AwaitingRedelivery() >= 1, TimeSpan.FromSeconds(60));
        Assert.DoesNotContain(factory.Mail.Received, m => m.Text.Contains("longue panne", StringComparison.Ordinal));

        factory.Mail.Restart();
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        using (var scope = factory.Services.CreateScope())
        {
            // On a loaded machine another e-mail of the submission (a partner's "dossier reçu") may exhaust its retries in
            // the outage too and be parked beside it: each is redelivered, and the message's e-mail must still arrive once.
            Assert.InRange(await scope.ServiceProvider.GetRequiredService<ParkedMessages>().RedeliverDueAsync(CancellationToken.None), 1, 10);
        }

        var mail = await factory.Mail.WaitFor(ApiFactory.ManagerEmail, m => m.Text.Contains("longue panne", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal($"Message du consortium : HARLE — {dossier.Reference}", mail.Subject);
        EventNotificationTests.AssertWellFormed(mail, $"/dossiers/{dossier.ProposalId}/messages");
        await Until(async () => await NotEmailed() == 0, TimeSpan.FromSeconds(10));
        await Task.Delay(500);
        Assert.Single(factory.Mail.Received, m => m.Text.Contains("longue panne", StringComparison.Ordinal));
    }

    /// <summary>A failed test leaves the server listening for the next ones.</summary>
    public override Task DisposeAsync()
    {
        factory.Mail.Restart();
        return Task.CompletedTask;
    }

    private static async Task<TimeSpan> TimedPost(HttpClient client, string path, string body)
    {
        var watch = Stopwatch.StartNew();
        var response = await client.PostAsJsonAsync(path, new { body });
        watch.Stop();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return watch.Elapsed;
    }

    private async Task<Guid> ManagerId() => Guid.Parse((await Scalar("SELECT id::text FROM \"AspNetUsers\" WHERE email = @p", ApiFactory.ManagerEmail))!.ToString()!);

    /// <summary>Notifications (about the thread, by default) whose e-mail has not gone yet; everyone here wants e-mail at once.</summary>
    private async Task<long> NotEmailed(string link = "%/messages") =>
        (long)(await Scalar("SELECT count(*) FROM notifications WHERE emailed_at IS NULL AND link LIKE @p", link))!;

    private async Task<long> AwaitingRedelivery() => (long)(await Scalar("SELECT count(*) FROM parked_messages WHERE status = @p", "AwaitingRedelivery"))!;

    private async Task<object?> Scalar(string sql, string parameter)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", parameter);
        return await command.ExecuteScalarAsync();
    }

    private static async Task Until(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition was not met in time");
            await Task.Delay(100);
        }
    }
}
