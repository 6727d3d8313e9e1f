using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Proposals;

/// <summary>One partner's eligible costs by category, in euros.</summary>
public sealed record Budget
{
    public Budget(decimal personnel, decimal overheads, decimal subcontracting, decimal equipment, decimal otherCosts)
    {
        Personnel = personnel;
        Overheads = overheads;
        Subcontracting = subcontracting;
        Equipment = equipment;
        OtherCosts = otherCosts;
    }

    private Budget()
    {
    }

    public decimal Personnel { get; private init; }
    public decimal Overheads { get; private init; }
    public decimal Subcontracting { get; private init; }
    public decimal Equipment { get; private init; }
    public decimal OtherCosts { get; private init; }

    public const decimal MaxLineAmount = 1_000_000_000m;

    public static Budget Empty { get; } = new(0, 0, 0, 0, 0);

    public decimal Total => Personnel + Overheads + Subcontracting + Equipment + OtherCosts;

    public decimal this[CostCategory category] => category switch
    {
        CostCategory.Personnel => Personnel,
        CostCategory.Overheads => Overheads,
        CostCategory.Subcontracting => Subcontracting,
        CostCategory.Equipment => Equipment,
        _ => OtherCosts,
    };

    public static Result<Budget> Create(decimal personnel, decimal overheads, decimal subcontracting, decimal equipment, decimal otherCosts)
    {
        var errors = new Dictionary<string, string[]>();
        Check(personnel, "personnel");
        Check(overheads, "overheads");
        Check(subcontracting, "subcontracting");
        Check(equipment, "equipment");
        Check(otherCosts, "otherCosts");
        return errors.Count == 0
            ? new Budget(personnel, overheads, subcontracting, equipment, otherCosts)
            : Error.Validation("invalid_amount", "Budget amounts are euros, zero or more, with at most 2 decimals.", errors);

        void Check(decimal amount, string field)
        {
            if (amount < 0)
            {
                errors[field] = ["The amount cannot be negative."];
            }
            else if (amount > MaxLineAmount)
            {
                errors[field] = ["The amount is unrealistically large (1 000 000 000 € at most)."];
            }
            else if (!Money.HasAtMostTwoDecimals(amount))
            {
                errors[field] = ["At most 2 decimals (cents)."];
            }
        }
    }
}
