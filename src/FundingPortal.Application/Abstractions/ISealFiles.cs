using FundingPortal.Domain.Audit;

namespace FundingPortal.Application.Abstractions;

/// <summary>Where seals are published as files a cluster can copy elsewhere or have timestamped (docs/proof.md).</summary>
public interface ISealFiles
{
    /// <summary>Writes the seal's file (its leaves and root); writing the same seal again gives the same bytes.</summary>
    Task WriteAsync(AuditSeal seal, CancellationToken ct);
}
