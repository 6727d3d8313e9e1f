namespace FundingPortal.Domain.Reviews;

public enum AssignmentStatus
{
    Invited,
    Accepted,
    Declined,
    Submitted,
}
