namespace FundingPortal.Domain.Audit;

/// <summary>
/// Checks one stream fed entry by entry in sequence order, holding only the previous entry's hash: a chain of any length is
/// verified in constant memory. Each entry is judged on its own (a rewritten entry is named, not every entry after it), and
/// against the head the latest seal recorded for this stream, if any.
/// </summary>
public sealed class StreamCheck(string streamType, Guid streamId, ChainHead? sealedHead)
{
    private string _expectedPrevious = AuditEntry.GenesisHash;
    private int _lastSequence;

    public string Stream { get; } = AuditFailure.StreamName(streamType, streamId);
    public string StreamType => streamType;
    public Guid StreamId => streamId;

    public IEnumerable<AuditFailure> Next(AuditEntry entry)
    {
        if (entry.ComputeHash() != entry.Hash)
        {
            yield return Failure(entry.Sequence, AuditFailureReasons.HashMismatch);
        }

        if (entry.Sequence != _lastSequence + 1)
        {
            yield return Failure(entry.Sequence, AuditFailureReasons.SequenceGap);
        }
        else if (entry.PreviousHash != _expectedPrevious)
        {
            yield return Failure(entry.Sequence, AuditFailureReasons.BrokenLink);
        }

        if (sealedHead is not null && entry.Sequence == sealedHead.Sequence && entry.Hash != sealedHead.Hash)
        {
            yield return Failure(entry.Sequence, AuditFailureReasons.HeadMismatch);
        }

        _expectedPrevious = entry.Hash;
        _lastSequence = entry.Sequence;
    }

    /// <summary>After the last entry: a chain shorter than sealed lost its tail.</summary>
    public IEnumerable<AuditFailure> End()
    {
        if (sealedHead is not null && _lastSequence < sealedHead.Sequence)
        {
            yield return Failure(sealedHead.Sequence, _lastSequence == 0 ? AuditFailureReasons.StreamRemoved : AuditFailureReasons.TailRemoved);
        }
    }

    private AuditFailure Failure(int sequence, string reason) => new(Stream, sequence, null, reason);
}
