using FundingPortal.Api.IntegrationTests.Infrastructure;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.Accounts;

/// <summary>
/// The single-process host sending its e-mails through MailKit to a real SMTP server, with MFA required for staff as
/// in production, and configured for single sign-on against a real OpenID Connect provider (OpenIddict) started beside
/// it. Links in e-mails point to <see cref="PortalUrl"/>.
/// </summary>
public sealed class AccountsApiFactory : ApiFactory
{
    public const string PortalUrl = "https://portail.pole-ouest.test";

    public SmtpTestServer Mail { get; } = SmtpTestServer.Start();

    public OidcTestProvider Provider { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Provider = await OidcTestProvider.StartAsync();
        await base.InitializeAsync();
        await Provider.RegisterPortal(Server.BaseAddress);
    }

    protected override IEnumerable<(string Key, string Value)> ExtraSettings() =>
        Mail.AppSettings.Concat(Provider.AppSettings).Concat(
        [
            ("Portal:PublicUrl", PortalUrl),
            ("Security:RequireMfaForStaff", "true"),
        ]);

    /// <summary>Waits until every account e-mail requested for <paramref name="email"/> was handled by its consumer (sent or not).</summary>
    public async Task AccountEmailsHandled(string email, int expected = 1)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FROM outbox_messages o JOIN processed_messages p ON p.message_id = o.id
            WHERE o.type = 'FundingPortal.Contracts.AccountEmailRequested' AND o.payload->>'email' = @email
            """, connection);
        command.Parameters.AddWithValue("email", email);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((long)(await command.ExecuteScalarAsync())! < expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the account e-mail requests for {email} were not handled in time");
            await Task.Delay(50);
        }
    }

    protected override Task OnResetAsync()
    {
        Mail.Clear();
        return Task.CompletedTask;
    }

    protected override async Task OnDisposedAsync()
    {
        await Provider.DisposeAsync();
        await Mail.DisposeAsync();
    }
}
