using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Integrations;

/// <summary>A host whose webhooks may reach loopback (the test's receiver), with a 2-second attempt timeout.</summary>
public sealed class WebhookApiFactory : ApiFactory
{
    protected override IEnumerable<(string Key, string Value)> ExtraSettings() =>
    [
        ("Webhooks:AllowPrivateTargets", "true"),
        ("Webhooks:Timeout", "00:00:02"),
    ];
}
