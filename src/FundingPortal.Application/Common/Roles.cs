namespace FundingPortal.Application.Common;

public static class Roles
{
    public const string Applicant = "Applicant";
    public const string Expert = "Expert";
    public const string ClusterManager = "ClusterManager";
    public const string FunderOfficer = "FunderOfficer";

    public static IReadOnlyList<string> All { get; } = [Applicant, Expert, ClusterManager, FunderOfficer];
}
