using FundingPortal.Domain.Documents;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Application.Documents;

public sealed record ReceiptModel : DocumentModel
{
    public override DocumentKind Kind => DocumentKind.Receipt;

    public override string DocumentKey => $"receipt/{Project.Reference}/v{VersionNumber}/{ReceiptNumber}";

    public required ProjectIdentity Project { get; init; }
    public required string CallTitle { get; init; }
    public required int VersionNumber { get; init; }
    public required string ReceiptNumber { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    public required string SnapshotSha256 { get; init; }
    public required IReadOnlyList<AttachmentEntry> Attachments { get; init; }
    public required IReadOnlyList<ReceiptPartner> Partners { get; init; }
    public required decimal TotalBudget { get; init; }
    public required decimal TotalRequestedAid { get; init; }

    /// <summary>The version answers a correction request of the cluster: the receipt says so.</summary>
    public bool IsCorrection { get; init; }

    /// <summary>The pre-proposal of a two-stage call: the receipt says so, and its amounts are the partners' estimates.</summary>
    public bool IsPreProposal { get; init; }
}

public sealed record ReceiptPartner(
    string Name,
    string Siren,
    OrganisationCategory Category,
    string RegionCode,
    PartnerRole Role,
    decimal TotalBudget);
