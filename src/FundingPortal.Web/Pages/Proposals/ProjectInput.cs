using FundingPortal.Application.Proposals;
using FundingPortal.Web.Formatting;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>The project step's form, as typed (keywords in one comma-separated field).</summary>
public sealed class ProjectInput
{
    public string? Acronym { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Keywords { get; set; }
    public int? TrlStart { get; set; }
    public int? TrlTarget { get; set; }
    public int? DurationMonths { get; set; }

    public static ProjectInput From(ProposalResponse p) => new()
    {
        Acronym = p.Acronym,
        Title = p.Title,
        Summary = p.Summary,
        Keywords = string.Join(", ", p.Keywords),
        TrlStart = p.TrlStart,
        TrlTarget = p.TrlTarget,
        DurationMonths = p.DurationMonths,
    };

    public ProposalFieldsRequest ToRequest() => new(Acronym?.Trim(), Title?.Trim(), Summary?.Trim(),
        (Keywords ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        TrlStart, TrlTarget, DurationMonths);
}
