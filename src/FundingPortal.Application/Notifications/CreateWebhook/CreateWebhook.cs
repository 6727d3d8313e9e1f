using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Notifications;

namespace FundingPortal.Application.Notifications.CreateWebhook;

public sealed record CreateWebhookRequest(string? Url, IReadOnlyList<string>? Events, string? Secret);

public sealed record WebhookResponse(Guid Id, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt)
{
    public static WebhookResponse From(WebhookSubscription s) => new(s.Id, s.Url, s.Events, s.CreatedAt);
}

/// <summary>A manager subscribes another system to events. The URL must be http(s) and resolve to public addresses only.</summary>
public sealed class CreateWebhook(IAppDbContext db, ICurrentUser user, TimeProvider clock, IWebhookTransport transport, ISecretProtector secrets)
{
    public async Task<Result<WebhookResponse>> Handle(CreateWebhookRequest request, CancellationToken ct)
    {
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.AbsoluteUri.Length > WebhookSubscription.MaxUrlLength
            || !string.IsNullOrEmpty(url.UserInfo))
        {
            return Refused("The URL must be an absolute http or https address, without credentials.");
        }

        var created = WebhookSubscription.Create(url, request.Events, request.Secret, secrets.Protect, user.UserId, clock.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        if (!await transport.IsAllowedTarget(url, ct))
        {
            return Refused("The URL's host does not resolve, or resolves to a private, loopback or link-local address: webhooks go to public addresses only.");
        }

        db.WebhookSubscriptions.Add(created.Value);
        await db.SaveChangesAsync(ct);
        return WebhookResponse.From(created.Value);
    }

    private static Error Refused(string message) => Error.Field("url", "webhook_target_refused", message);
}
