using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Infrastructure.IntegrationTests.Support;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Worker.Consumers;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace FundingPortal.Infrastructure.IntegrationTests.Mail;

public sealed class NotificationEmailTests : IAsyncLifetime
{
    private WorkerTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WorkerTestHost.StartAsync(WorkerConsumers.Register);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_pickup_sender_writes_a_french_eml_that_reads_back_intact()
    {
        await _host.Services.GetRequiredService<IEmailSender>().SendAsync(
            new EmailMessage("chef.de.file@example.test", "Dossier reçu : ÉOLIENNES", "Bonjour,\n\nLe dossier a bien été reçu à 18h00 — merci.", "<p>Bonjour,</p>"),
            CancellationToken.None);

        var message = await MimeMessage.LoadAsync(Directory.GetFiles(_host.MailDirectory, "*.eml").Single());
        Assert.Equal("Dossier reçu : ÉOLIENNES", message.Subject);
        Assert.Contains("a bien été reçu à 18h00 — merci.", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("chef.de.file@example.test", message.To.Mailboxes.Single().Address);
        Assert.Contains("Portail des appels à projets", message.From.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_host.MailDirectory, "*.tmp"));
    }

    [Fact]
    public async Task A_submission_sends_each_member_one_french_email_even_when_the_email_request_is_redelivered()
    {
        var lead = Guid.NewGuid();
        var members = await Seed.Members(_host, lead, 2);
        var submitted = new ProposalSubmitted(Guid.NewGuid(), Guid.NewGuid(), "FP-2026-0007", "ÉCOMER", 1, "AR-FP-2026-0007-V1",
            new DateTimeOffset(2026, 10, 19, 15, 42, 0, TimeSpan.Zero), lead, [lead]);

        await _host.Harness.Bus.Publish(submitted, context => context.MessageId = Guid.NewGuid());
        await Eventually.Until(() => _host.Query(db => db.OutboxMessages.CountAsync(m => m.Type == typeof(NotificationCreated).FullName)),
            n => n == members.Count, what: "e-mail requests in the outbox");

        // The dispatcher publishes the e-mail requests; then the same rows are published again, as after a crash before the commit.
        await _host.InScope(sp => sp.GetRequiredService<OutboxBatchPublisher>().PublishNextBatchAsync(CancellationToken.None));
        var requests = await _host.Query(db => db.OutboxMessages.AsNoTracking().Where(m => m.Type == typeof(NotificationCreated).FullName).ToListAsync());
        foreach (var request in requests)
        {
            var payload = System.Text.Json.JsonSerializer.Deserialize<NotificationCreated>(request.Payload, MessageJson.Options)!;
            await _host.Harness.Bus.Publish(payload, context => context.MessageId = request.Id);
        }

        await Eventually.Until(() => Task.FromResult(_host.Consumed.Completed<NotificationCreated>()), n => n == 2 * members.Count,
            what: "both deliveries of every e-mail request");

        var files = Directory.GetFiles(_host.MailDirectory, "*.eml");
        Assert.Equal(members.Count, files.Length);
        var message = await MimeMessage.LoadAsync(files[0]);
        Assert.Equal("Dossier reçu : ÉCOMER (version 1) — FP-2026-0007", message.Subject);
        Assert.StartsWith("Bonjour,", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("a bien été reçu le lundi 19 octobre 2026 à 17\u00A0h\u00A042 (heure de Paris)", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("AR-FP-2026-0007-V1", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Consulter sur le portail", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(members.Count, await _host.Query(db => db.Notifications.CountAsync(n => n.EmailedAt != null)));
    }
}
