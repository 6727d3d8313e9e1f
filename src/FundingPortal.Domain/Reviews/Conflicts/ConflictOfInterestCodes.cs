namespace FundingPortal.Domain.Reviews.Conflicts;

public static class ConflictOfInterestCodes
{
    public const string AffiliatedWithPartner = "affiliated_with_partner";
    public const string SameCorporateGroup = "same_corporate_group";
    public const string DeclaredConflict = "declared_conflict";
    public const string ExcludedByApplicants = "excluded_by_applicants";
}
