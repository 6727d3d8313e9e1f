namespace FundingPortal.Domain.Reviews;

public enum DeclineReason
{
    ConflictOfInterest,
    NotMyExpertise,
    TooManyAssignments,
}
