using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Notifications;

/// <summary>The single-process host (dispatcher, in-memory bus, consumers) writing its e-mails to a folder of its own.</summary>
public sealed class NotificationsApiFactory : ApiFactory
{
    public override string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), $"fp-api-mail-{Guid.NewGuid():N}");

    protected override IEnumerable<(string Key, string Value)> ExtraSettings() =>
    [
        ("Mail:PickupDirectory", MailDirectory),
        ("Messaging:PollInterval", "00:00:00.100"),
    ];
}
