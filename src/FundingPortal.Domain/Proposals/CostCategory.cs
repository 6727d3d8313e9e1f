namespace FundingPortal.Domain.Proposals;

public enum CostCategory
{
    Personnel,
    Overheads,
    Subcontracting,
    Equipment,
    OtherCosts,
}
