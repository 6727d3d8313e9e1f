namespace FundingPortal.Application.Documents;

public enum PartnerCategory
{
    Sme,
    MidCap,
    Large,
    Research,
}
