namespace FundingPortal.Domain.Accounts;

/// <summary>How a person wants the e-mail copies of their notifications (the in-app notification always exists).</summary>
public enum EmailFrequency
{
    Immediate,
    DailyDigest,
    Off,
}
