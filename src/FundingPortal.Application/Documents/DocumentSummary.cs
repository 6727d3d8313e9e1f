using FundingPortal.Domain.Documents;

namespace FundingPortal.Application.Documents;

public sealed record DocumentSummary(Guid Id, DocumentKind Kind, int? Version, DocumentStatus Status, string? Sha256, long? Size, DateTimeOffset CreatedAt,
    DateTimeOffset? ReadyAt, int Attempts, string? LastError)
{
    public static DocumentSummary From(GeneratedDocument d) =>
        new(d.Id, d.Kind, d.Version == 0 ? null : d.Version, d.Status, d.Sha256, d.Size, d.CreatedAt, d.ReadyAt, d.Attempts, d.LastError);
}
