namespace FundingPortal.Domain.Reviews.Conflicts;

public interface IConflictOfInterestRule
{
    string Code { get; }

    string Message { get; }

    bool IsBroken(ExpertConflictProfile expert, ProposalConflictProfile proposal, DateOnly today);
}
