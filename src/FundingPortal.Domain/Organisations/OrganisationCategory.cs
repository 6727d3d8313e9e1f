namespace FundingPortal.Domain.Organisations;

public enum OrganisationCategory
{
    Sme,
    MidCap,
    Large,
    Research,
}

public static class OrganisationCategoryExtensions
{
    public static bool IsCompany(this OrganisationCategory category) => category is not OrganisationCategory.Research;

    public static bool IsSmeOrMidCap(this OrganisationCategory category) =>
        category is OrganisationCategory.Sme or OrganisationCategory.MidCap;
}
