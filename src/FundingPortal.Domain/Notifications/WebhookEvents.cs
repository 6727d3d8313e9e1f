namespace FundingPortal.Domain.Notifications;

/// <summary>The event types a webhook may subscribe to (api.md "API for integrators").</summary>
public static class WebhookEvents
{
    public const string ProposalSubmitted = "proposal.submitted";
    public const string ProposalLabelled = "proposal.labelled";
    public const string FundingDecided = "funding.decided";

    public static readonly IReadOnlyList<string> All = [ProposalSubmitted, ProposalLabelled, FundingDecided];
}
