using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals;

/// <summary>The project fields a lead may set. Status, reference, lead and computed figures are not part of it (no mass assignment).</summary>
public sealed record ProposalFieldsRequest(string? Acronym, string? Title, string? Summary, IReadOnlyList<string>? Keywords, int? TrlStart, int? TrlTarget,
    int? DurationMonths)
{
    public ProjectFields ToFields() =>
        new(Acronym ?? string.Empty, Title ?? string.Empty, Summary, Keywords ?? [], TrlStart ?? 0, TrlTarget ?? 0, DurationMonths ?? 0);
}

/// <summary>The version the client last read (from If-Match); null when the client sent none or "*".</summary>
public readonly record struct ExpectedVersion(int? Value)
{
    public static ExpectedVersion Any => new(null);
}
