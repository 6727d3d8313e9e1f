using FundingPortal.Domain.Funders;

namespace FundingPortal.Application.CoFunding;

/// <summary>
/// One funder's position in a call. Requested counts the requests sent; granted what was decided; pending what awaits a
/// decision; remaining = envelope − granted; consumption = granted / envelope.
/// </summary>
public sealed record FunderFundingLine(Guid FunderId, string Name, FunderKind Kind, string? Region, decimal Envelope, decimal Requested, decimal Granted,
    decimal Pending, decimal Remaining, decimal Consumption, int Requests, int Decided)
{
    public static FunderFundingLine From(Funder funder, decimal envelope, FunderTotals? aggregate)
    {
        var granted = aggregate?.Granted ?? 0m;
        return new FunderFundingLine(funder.Id, funder.Name, funder.Kind, funder.Region, envelope, aggregate?.Requested ?? 0m, granted, aggregate?.Pending ?? 0m,
            envelope - granted, envelope == 0 ? 0m : decimal.Round(granted / envelope, 4), aggregate?.Requests ?? 0, aggregate?.Decided ?? 0);
    }
}

public sealed record RegionFundingLine(string Region, decimal Requested, decimal Granted);

public sealed record CallFundingSummaryResponse(Guid CallId, string Title, IReadOnlyList<FunderFundingLine> Funders, IReadOnlyList<RegionFundingLine> Regions,
    decimal TotalRequested, decimal TotalGranted);
