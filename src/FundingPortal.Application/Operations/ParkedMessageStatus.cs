namespace FundingPortal.Application.Operations;

public enum ParkedMessageStatus
{
    /// <summary>Failed every in-process retry; will be delivered again at its next redelivery time.</summary>
    AwaitingRedelivery,

    /// <summary>Failed every retry and redelivery: waits for a manager.</summary>
    Parked,

    /// <summary>Sent back to its queue; back to one of the states above if it fails again.</summary>
    Redelivered,

    /// <summary>A redelivery succeeded.</summary>
    Resolved,
}
