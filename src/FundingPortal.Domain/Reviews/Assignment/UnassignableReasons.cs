namespace FundingPortal.Domain.Reviews.Assignment;

public static class UnassignableReasons
{
    /// <summary>Fewer eligible experts than slots to fill.</summary>
    public const string NotEnoughEligibleExperts = "not_enough_eligible_experts";

    /// <summary>Enough eligible experts, but their <see cref="AssignmentExpert.MaxLoad"/> is reached.</summary>
    public const string EligibleExpertsAtCapacity = "eligible_experts_at_capacity";
}
