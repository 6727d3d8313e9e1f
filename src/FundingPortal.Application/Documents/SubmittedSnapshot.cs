using System.Text.Json;

namespace FundingPortal.Application.Documents;

/// <summary>The canonical JSON of a submitted version, read back: receipts and dossiers show what was submitted, not today's draft.</summary>
public sealed record SubmittedSnapshot(
    string Reference,
    string Acronym,
    string Title,
    string Summary,
    IReadOnlyList<string> Keywords,
    int TrlStart,
    int TrlTarget,
    int DurationMonths,
    decimal TotalBudget,
    IReadOnlyList<SubmittedPartner> Partners,
    IReadOnlyList<AttachmentEntry> Attachments,
    bool IsPreProposal = false,
    decimal TotalEstimate = 0)
{
    public static SubmittedSnapshot Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new SubmittedSnapshot(
            root.GetProperty("reference").GetString()!,
            root.GetProperty("acronym").GetString()!,
            root.GetProperty("title").GetString()!,
            root.GetProperty("summary").GetString()!,
            root.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()!).ToList(),
            root.GetProperty("trlStart").GetInt32(),
            root.GetProperty("trlTarget").GetInt32(),
            root.GetProperty("durationMonths").GetInt32(),
            root.GetProperty("totalBudget").GetDecimal(),
            root.GetProperty("partners").EnumerateArray().Select(p =>
            {
                var b = p.GetProperty("budget");
                return new SubmittedPartner(p.GetProperty("organisationId").GetGuid(), p.GetProperty("name").GetString()!, p.GetProperty("siren").GetString()!,
                    Enum.Parse<Domain.Organisations.OrganisationCategory>(p.GetProperty("category").GetString()!), p.GetProperty("region").GetString()!,
                    p.GetProperty("isLead").GetBoolean(),
                    new PartnerBudget(b.GetProperty("personnel").GetDecimal(), b.GetProperty("overheads").GetDecimal(), b.GetProperty("subcontracting").GetDecimal(),
                        b.GetProperty("equipment").GetDecimal(), b.GetProperty("otherCosts").GetDecimal()),
                    p.TryGetProperty("estimatedTotal", out var estimate) ? estimate.GetDecimal() : null);
            }).ToList(),
            root.GetProperty("attachments").EnumerateArray()
                .Select(a => new AttachmentEntry(a.GetProperty("fileName").GetString()!, a.GetProperty("size").GetInt64(), a.GetProperty("sha256").GetString()!))
                .ToList(),
            root.TryGetProperty("stage", out var stage) && stage.GetString() == "PreProposal",
            root.TryGetProperty("totalEstimate", out var totalEstimate) ? totalEstimate.GetDecimal() : 0);
    }
}

public sealed record SubmittedPartner(Guid OrganisationId, string Name, string Siren, Domain.Organisations.OrganisationCategory Category, string Region, bool IsLead,
    PartnerBudget Budget, decimal? EstimatedTotal = null);
