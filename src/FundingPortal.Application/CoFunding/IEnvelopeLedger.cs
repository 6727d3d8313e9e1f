namespace FundingPortal.Application.CoFunding;

/// <summary>
/// The amounts committed against each funder's envelope in a call. A reservation is one conditional write that the
/// database serialises per envelope, so concurrent decisions can never commit more than the envelope together.
/// </summary>
public interface IEnvelopeLedger
{
    /// <summary>Adds <paramref name="amount"/> to what is committed, unless that would exceed the envelope. Needs an open transaction.</summary>
    Task<bool> TryReserve(Guid callId, Guid funderId, decimal amount, CancellationToken ct);

    Task<decimal> Remaining(Guid callId, Guid funderId, CancellationToken ct);
}
