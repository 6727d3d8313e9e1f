namespace FundingPortal.Domain.Audit;

/// <summary>
/// One thing verification found wrong, named by a stable reason code. <see cref="Stream"/> is "type/id" (the dossier's stream
/// for a document), <see cref="Sequence"/> the entry concerned, <see cref="DocumentId"/> the document whose bytes changed,
/// <see cref="Field"/> the entry's personal field whose value was altered (its path in the entry's details).
/// </summary>
public sealed record AuditFailure(string Stream, int? Sequence, Guid? DocumentId, string Reason, string? Field = null)
{
    public static string StreamName(string streamType, Guid streamId) => $"{streamType}/{streamId:D}";
}

/// <summary>The reason codes of <see cref="AuditFailure"/> (docs/proof.md says what each means).</summary>
public static class AuditFailureReasons
{
    /// <summary>The entry's stored hash is not the hash of its content: the entry was edited after it was written.</summary>
    public const string HashMismatch = "hash_mismatch";

    /// <summary>The entry does not point to the hash of the entry before it: an entry before it was rewritten or replaced.</summary>
    public const string BrokenLink = "broken_link";

    /// <summary>Sequence numbers skip: entries were deleted from the middle (or the start) of the chain.</summary>
    public const string SequenceGap = "sequence_gap";

    /// <summary>The chain is shorter than the latest seal says it was: its last entries were deleted.</summary>
    public const string TailRemoved = "tail_removed";

    /// <summary>A stream the latest seal names has no entry left at all.</summary>
    public const string StreamRemoved = "stream_removed";

    /// <summary>The entry at the sealed sequence is not the one sealed: the chain was rewritten and recomputed after the seal.</summary>
    public const string HeadMismatch = "head_mismatch";

    /// <summary>The latest seal's stored digest is not the root of its stored leaves.</summary>
    public const string SealMismatch = "seal_mismatch";

    /// <summary>A generated document's bytes no longer hash to the SHA-256 recorded when it was issued.</summary>
    public const string DocumentChanged = "document_changed";

    /// <summary>A document recorded as issued has no bytes any more.</summary>
    public const string DocumentMissing = "document_missing";

    /// <summary>A personal value kept outside the chain no longer hashes to the digest its entry holds (an erased value is not this).</summary>
    public const string PersonalValueChanged = "personal_value_changed";

    /// <summary>An entry names a personal value whose row is gone (or was moved to another stream).</summary>
    public const string PersonalValueMissing = "personal_value_missing";
}
