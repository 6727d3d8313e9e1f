namespace FundingPortal.Domain.Reviews;

public enum AssignmentOrigin
{
    Automatic,
    Manual,
    Reassignment,
}
