namespace FundingPortal.Application.Common;

public static class Roles
{
    public const string Applicant = "Applicant";
    public const string Expert = "Expert";
    public const string ClusterManager = "ClusterManager";
    public const string FunderOfficer = "FunderOfficer";

    /// <summary>A named external member of a labelling committee: granted only by accepting a committee invitation.</summary>
    public const string CommitteeMember = "CommitteeMember";

    public static IReadOnlyList<string> All { get; } = [Applicant, Expert, ClusterManager, FunderOfficer, CommitteeMember];
}
