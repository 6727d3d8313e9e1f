namespace FundingPortal.Domain.Proposals;

public sealed class ProposalPartner
{
    private ProposalPartner()
    {
    }

    internal ProposalPartner(Guid proposalId, Guid organisationId, bool isLead, DateTimeOffset now)
    {
        ProposalId = proposalId;
        OrganisationId = organisationId;
        IsLead = isLead;
        JoinedAt = now;
    }

    public Guid ProposalId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public bool IsLead { get; private set; }
    public DateTimeOffset JoinedAt { get; private set; }
    public Budget Budget { get; private set; } = Budget.Empty;
    public DateTimeOffset? BudgetUpdatedAt { get; private set; }

    /// <summary>The partner's estimated total cost at the pre-proposal stage of a two-stage call.</summary>
    public decimal? EstimatedTotal { get; private set; }
    public DateTimeOffset? EstimateUpdatedAt { get; private set; }

    public bool HasBudget => BudgetUpdatedAt is not null && Budget.Total > 0;

    internal void SetBudget(Budget budget, DateTimeOffset now)
    {
        Budget = budget;
        BudgetUpdatedAt = now;
    }

    internal void SetEstimate(decimal total, DateTimeOffset now)
    {
        EstimatedTotal = total;
        EstimateUpdatedAt = now;
    }
}
