using FundingPortal.Api.IntegrationTests.Accounts;
using FundingPortal.Api.IntegrationTests.Documents;
using FundingPortal.Api.IntegrationTests.Integrations;
using FundingPortal.Api.IntegrationTests.Notifications;
using FundingPortal.Api.IntegrationTests.Reviews;
using FundingPortal.Api.IntegrationTests.Security;
using FundingPortal.Api.IntegrationTests.Verification;

namespace FundingPortal.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The hosts of this project: one application and one database per collection, shared by its test classes and reset
/// before each test (<see cref="PortalTest"/>). Collections run in parallel (xunit.runner.json). A host with settings of
/// its own (rate limits, TLS, a broken renderer, demo data, an SMTP server and an identity provider, production password
/// hashing) has a collection of its own; every other class joins the collection of its area.
/// </summary>
public static class Collections
{
    public const string Proposals = "proposals";
    public const string Reviews = "reviews";
    public const string CoFunding = "co-funding";
    public const string Consent = "consent";
    public const string Security = "security";
    public const string SecuritySuite = "security suite";
    public const string Accounts = "accounts (SMTP, single sign-on, MFA)";
    public const string Notifications = "notifications (SMTP)";
    public const string Announcements = "announcements (SMTP, bus stopped mid-way)";
    public const string WorkerProcess = "worker in a process of its own (SMTP, kill -9)";
    public const string StrictRateLimit = "strict rate limits";
    public const string WebSignInLimit = "strict rate limits, web sign-in";
    public const string StrictSubmitLimit = "strict submit limit";
    public const string Https = "behind TLS";
    public const string BrokenRenderer = "broken renderer";
    public const string HeldRenderer = "held renderer (no rendering loop)";
    public const string YieldingRenderer = "yielding renderer (request pressure driven by the test)";
    public const string Demo = "demo data";
    public const string SignInTiming = "sign-in timing (production password hashing)";
    public const string Webhooks = "webhooks (loopback targets allowed)";
    public const string Audit = "audit (tampering with the database, the verify command as a process)";
    public const string Retention = "retention (clock moved years ahead)";
    public const string SignedDocuments = "signed documents (a signing certificate configured)";
}

[CollectionDefinition(Collections.Proposals)]
public sealed class ProposalsCollection : ICollectionFixture<ApiFactory>;

[CollectionDefinition(Collections.Reviews)]
public sealed class ReviewsCollection : ICollectionFixture<ApiFactory>;

[CollectionDefinition(Collections.CoFunding)]
public sealed class CoFundingCollection : ICollectionFixture<ApiFactory>;

[CollectionDefinition(Collections.Consent)]
public sealed class ConsentCollection : ICollectionFixture<ApiFactory>;

[CollectionDefinition(Collections.Security)]
public sealed class SecurityCollection : ICollectionFixture<ApiFactory>;

[CollectionDefinition(Collections.SecuritySuite)]
public sealed class SecuritySuiteCollection : ICollectionFixture<ApiFactory>;

[CollectionDefinition(Collections.Accounts)]
public sealed class AccountsCollection : ICollectionFixture<AccountsApiFactory>;

[CollectionDefinition(Collections.Notifications)]
public sealed class NotificationsCollection : ICollectionFixture<MailingApiFactory>;

[CollectionDefinition(Collections.Announcements)]
public sealed class AnnouncementsCollection : ICollectionFixture<MailingApiFactory>;

[CollectionDefinition(Collections.WorkerProcess)]
public sealed class WorkerProcessCollection : ICollectionFixture<WorkerProcessApiFactory>;

[CollectionDefinition(Collections.StrictRateLimit)]
public sealed class StrictRateLimitCollection : ICollectionFixture<StrictRateLimitFactory>;

[CollectionDefinition(Collections.WebSignInLimit)]
public sealed class WebSignInLimitCollection : ICollectionFixture<StrictRateLimitFactory>;

[CollectionDefinition(Collections.StrictSubmitLimit)]
public sealed class StrictSubmitLimitCollection : ICollectionFixture<StrictSubmitLimitFactory>;

[CollectionDefinition(Collections.Https)]
public sealed class HttpsCollection : ICollectionFixture<HttpsHostFactory>;

[CollectionDefinition(Collections.BrokenRenderer)]
public sealed class BrokenRendererCollection : ICollectionFixture<BrokenRendererFactory>;

[CollectionDefinition(Collections.HeldRenderer)]
public sealed class HeldRendererCollection : ICollectionFixture<HeldRendererFactory>;

[CollectionDefinition(Collections.YieldingRenderer)]
public sealed class YieldingRendererCollection : ICollectionFixture<YieldingRendererFactory>;

[CollectionDefinition(Collections.Demo)]
public sealed class DemoCollection : ICollectionFixture<DemoApiFactory>;

[CollectionDefinition(Collections.SignInTiming)]
public sealed class SignInTimingCollection : ICollectionFixture<ProductionHashingFactory>;

[CollectionDefinition(Collections.Webhooks)]
public sealed class WebhooksCollection : ICollectionFixture<WebhookApiFactory>;

[CollectionDefinition(Collections.Audit)]
public sealed class AuditCollection : ICollectionFixture<ApiFactory>;

[CollectionDefinition(Collections.Retention)]
public sealed class RetentionCollection : ICollectionFixture<ApiFactory>;

[CollectionDefinition(Collections.SignedDocuments)]
public sealed class SignedDocumentsCollection : ICollectionFixture<SigningApiFactory>;
