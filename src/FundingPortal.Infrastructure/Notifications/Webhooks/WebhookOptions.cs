namespace FundingPortal.Infrastructure.Notifications.Webhooks;

public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Lets webhooks reach private, loopback and link-local addresses: tests and local runs only.</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>How long one attempt may take before it counts as failed (the worker is never held longer).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
