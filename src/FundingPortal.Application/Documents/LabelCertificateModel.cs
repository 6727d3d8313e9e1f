using FundingPortal.Domain.Documents;
namespace FundingPortal.Application.Documents;

public sealed record LabelCertificateModel : DocumentModel
{
    public override DocumentKind Kind => DocumentKind.LabelCertificate;

    public override string DocumentKey => $"label-certificate/{CertificateNumber}";

    public required string CertificateNumber { get; init; }
    public required DateTimeOffset DecisionDate { get; init; }
    public required ProjectIdentity Project { get; init; }
    public required string CallTitle { get; init; }
    public required string CallProgramme { get; init; }
    public required IReadOnlyList<ConsortiumMember> Consortium { get; init; }
    public required string ClusterName { get; init; }

    /// <summary>Every cluster that labelled the project: the call's own, then the partner clusters that co-labelled it (ADR 0029).</summary>
    public IReadOnlyList<string> LabellingClusters { get; init; } = [];

    public required Signatory Signatory { get; init; }
}

public sealed record ConsortiumMember(string Name, PartnerRole Role, string RegionCode);

public sealed record Signatory(string Name, string Title, string Place);
