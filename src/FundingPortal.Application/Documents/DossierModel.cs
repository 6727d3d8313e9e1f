using FundingPortal.Domain.Documents;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Application.Documents;

public sealed record DossierModel : DocumentModel
{
    public override DocumentKind Kind => DocumentKind.Dossier;

    public override string DocumentKey => $"dossier/{Project.Reference}/v{VersionNumber}";

    public required ProjectIdentity Project { get; init; }
    public required string CallTitle { get; init; }
    public required string CallProgramme { get; init; }
    public required int VersionNumber { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    public required string LeadOrganisation { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<string> Keywords { get; init; }
    public required int TrlStart { get; init; }
    public required int TrlTarget { get; init; }
    public required int DurationMonths { get; init; }

    /// <summary>Column order of the requested aid plan.</summary>
    public required IReadOnlyList<string> FunderNames { get; init; }

    public required IReadOnlyList<DossierPartner> Partners { get; init; }
    public required IReadOnlyList<AttachmentEntry> Attachments { get; init; }
}

public sealed record DossierPartner(
    string Name,
    string Siren,
    OrganisationCategory Category,
    string RegionCode,
    PartnerRole Role,
    PartnerBudget Budget,
    IReadOnlyList<RequestedAid> RequestedAid);

public sealed record PartnerBudget(
    decimal Personnel,
    decimal Overheads,
    decimal Subcontracting,
    decimal Equipment,
    decimal OtherCosts)
{
    public decimal Total => Personnel + Overheads + Subcontracting + Equipment + OtherCosts;
}

/// <param name="RatePercent">22.5 means 22.5 %.</param>
public sealed record RequestedAid(string FunderName, decimal RatePercent, decimal Amount);
