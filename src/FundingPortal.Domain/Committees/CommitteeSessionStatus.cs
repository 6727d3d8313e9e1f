namespace FundingPortal.Domain.Committees;

public enum CommitteeSessionStatus
{
    Scheduled,
    Closed,
}
