using FundingPortal.Api.IntegrationTests.Infrastructure;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.Notifications;

/// <summary>The single-process host sending every e-mail through MailKit to a real SMTP server that the tests read.</summary>
public sealed class MailingApiFactory : ApiFactory
{
    public const string PortalUrl = "https://portail.pole-ouest.test";

    public SmtpTestServer Mail { get; } = SmtpTestServer.Start();

    protected override IEnumerable<(string Key, string Value)> ExtraSettings() =>
        Mail.AppSettings.Concat(
        [
            ("Portal:PublicUrl", PortalUrl),
            ("Messaging:PollInterval", "00:00:00.100"),
        ]);

    /// <summary>Waits until the e-mail step has handled <paramref name="expected"/> notifications of this user (sent or, per settings, not).</summary>
    public async Task NotificationEmailsHandled(Guid userId, int expected)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FROM outbox_messages o JOIN processed_messages p ON p.message_id = o.id
            WHERE o.type = 'FundingPortal.Contracts.NotificationCreated' AND o.payload->>'userId' = @user
            """, connection);
        command.Parameters.AddWithValue("user", userId.ToString());
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((long)(await command.ExecuteScalarAsync())! < expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the notification e-mails of {userId} were not handled in time");
            await Task.Delay(50);
        }
    }

    protected override async Task OnDisposedAsync() => await Mail.DisposeAsync();
}
