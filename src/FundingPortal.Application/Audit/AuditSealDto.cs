using FundingPortal.Domain.Audit;

namespace FundingPortal.Application.Audit;

/// <summary>A seal as listed: the day, the Merkle root over every chain head, how many streams it covers, and its file.</summary>
public sealed record AuditSealDto(long Id, DateOnly Date, string Digest, int Streams, DateTimeOffset SealedAt, string FileName)
{
    public static AuditSealDto From(AuditSeal seal) => new(seal.Id, seal.Date, seal.Digest, seal.Streams, seal.SealedAt, seal.FileName);
}
