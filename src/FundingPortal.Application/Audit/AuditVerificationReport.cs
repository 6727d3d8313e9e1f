using FundingPortal.Domain.Audit;

namespace FundingPortal.Application.Audit;

/// <summary>What "verify everything" found: counts of what was checked and every failure, named (capped at <see cref="MaxListed"/>).</summary>
public sealed record AuditVerificationReport(bool Ok, int Streams, long Entries, int Documents, IReadOnlyList<AuditFailure> Failures,
    int FailuresNotListed, long? SealedWith)
{
    public const int MaxListed = 10_000;
}
