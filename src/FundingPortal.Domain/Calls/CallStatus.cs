namespace FundingPortal.Domain.Calls;

public enum CallStatus
{
    Draft,
    Published,
    Open,
    Closed,
}
