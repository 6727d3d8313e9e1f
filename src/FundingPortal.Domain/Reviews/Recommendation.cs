namespace FundingPortal.Domain.Reviews;

public enum Recommendation
{
    Label,
    Defer,
    Reject,
}
