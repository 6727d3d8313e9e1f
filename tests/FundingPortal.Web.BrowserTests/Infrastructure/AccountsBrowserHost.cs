namespace FundingPortal.Web.BrowserTests.Infrastructure;

/// <summary>
/// A host of its own for the account journeys: e-mails through a real SMTP server, single sign-on against a real
/// OpenID Connect provider (OpenIddict), and MFA required for staff, as in production.
/// </summary>
public sealed class AccountsBrowserHost : BrowserHost
{
    public SmtpTestServer Mail { get; } = SmtpTestServer.Start();
    public OidcTestProvider Provider { get; private set; } = null!;

    protected override async Task<IEnumerable<(string Key, string Value)>> StartServicesAsync()
    {
        Provider = await OidcTestProvider.StartAsync();
        return Mail.AppSettings.Concat(Provider.AppSettings).Concat([("Security:RequireMfaForStaff", "true"), ("Messaging:PollInterval", "00:00:00.100")]);
    }

    protected override Task OnStartedAsync() => Provider.RegisterPortal(BaseUrl);

    protected override async Task StopServicesAsync()
    {
        await Provider.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AccountsCollection : ICollectionFixture<AccountsBrowserHost>
{
    public const string Name = "browser, accounts";
}
