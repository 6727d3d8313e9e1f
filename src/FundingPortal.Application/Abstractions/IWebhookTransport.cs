namespace FundingPortal.Application.Abstractions;

/// <summary>
/// The outbound side of webhooks: whether a URL may be a target (http(s), and no private, loopback or link-local
/// address once resolved, unless Webhooks:AllowPrivateTargets), and one POST with a short timeout.
/// </summary>
public interface IWebhookTransport
{
    Task<bool> IsAllowedTarget(Uri url, CancellationToken ct);

    Task<WebhookPostResult> Post(Uri url, string body, IReadOnlyDictionary<string, string> headers, CancellationToken ct);
}

/// <summary>The receiver's status code, or why there was none (timeout, refused connection, refused address).</summary>
public sealed record WebhookPostResult(int? StatusCode, string? Error);

/// <summary>Encrypts secrets that must be read back (a webhook's signing secret), with the application's key ring.</summary>
public interface ISecretProtector
{
    string Protect(string secret);

    string Unprotect(string protectedSecret);
}
