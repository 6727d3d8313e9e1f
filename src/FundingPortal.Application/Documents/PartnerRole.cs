namespace FundingPortal.Application.Documents;

public enum PartnerRole
{
    Lead,
    Partner,
}
