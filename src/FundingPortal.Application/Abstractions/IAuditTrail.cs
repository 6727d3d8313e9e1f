using FundingPortal.Domain.Audit;

namespace FundingPortal.Application.Abstractions;

/// <summary>Appends hash-chained audit entries to the current unit of work.</summary>
public interface IAuditTrail
{
    Task RecordAsync(string streamType, Guid streamId, string action, string? fromState, string? toState, object? details,
        CancellationToken cancellationToken);

    /// <summary>Reads the heads of many streams in one query before a bulk change appends to each of them.</summary>
    Task PreloadHeadsAsync(string streamType, IReadOnlyCollection<Guid> streamIds, CancellationToken cancellationToken);

    /// <summary>
    /// Takes a stream's head read by the caller in its own query (the submit reads it with the dossier), unless this
    /// unit of work already knows a head for the stream. A stale head is refused at the save like any other.
    /// </summary>
    void KnowHead(string streamType, Guid streamId, ChainHead? head);

    /// <summary>Forgets the cached heads after a failed save, so that a retry re-reads the chains.</summary>
    void Reset();
}

public static class AuditStreams
{
    public const string Proposal = "proposal";
    public const string Call = "call";
}
