namespace FundingPortal.Domain.CoFunding;

/// <summary>
/// Once every requested funder has decided: Funded when each granted its full requested aid, NotFunded when nothing
/// was granted at all, PartiallyFunded otherwise.
/// </summary>
public static class FundingOutcomeRule
{
    public static FundingOutcome? Of(IReadOnlyCollection<FundingRequest> requests)
    {
        if (requests.Count == 0 || requests.Any(r => !r.IsDecided))
        {
            return null;
        }

        if (requests.All(r => r.IsFullyGranted))
        {
            return FundingOutcome.Funded;
        }

        return requests.Sum(r => r.GrantedAid) == 0 ? FundingOutcome.NotFunded : FundingOutcome.PartiallyFunded;
    }
}
