using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Documents;

public enum DocumentStatus
{
    Pending,
    Ready,
    Failed,
}

/// <summary>
/// Which Pending documents the renderers take first, lowest first (ADR 0038). A dossier's current version comes
/// before the versions superseded during a rush; those are still rendered, later: every version keeps its receipt.
/// </summary>
public enum RenderPriority : short
{
    /// <summary>Someone asked to download it while it was Pending.</summary>
    Awaited = -1,
    Current = 0,
    /// <summary>Its dossier has a newer version (set by the renderers, not by the submission: ADR 0038).</summary>
    Superseded = 1,
}

/// <summary>
/// A PDF produced by the worker for a stage of a dossier's life. One row per (dossier, kind, version): created
/// Pending in the same transaction as the event that calls for it, so no document is ever forgotten.
/// </summary>
public sealed class GeneratedDocument : Entity
{
    public const int MaxAttempts = 3;

    private GeneratedDocument()
    {
    }

    public GeneratedDocument(Guid proposalId, DocumentKind kind, int version, DateTimeOffset now)
    {
        ProposalId = proposalId;
        Kind = kind;
        Version = version;
        Status = DocumentStatus.Pending;
        CreatedAt = now;
        LastRequestedAt = now;
    }

    public Guid ProposalId { get; private set; }
    public DocumentKind Kind { get; private set; }

    /// <summary>The dossier version for receipts and dossiers; 0 for documents that are not tied to a version.</summary>
    public int Version { get; private set; }

    public DocumentStatus Status { get; private set; }
    public string? Sha256 { get; private set; }
    public long? Size { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadyAt { get; private set; }

    /// <summary>When a worker was last asked to render it (a request lost with a killed process is asked again).</summary>
    public DateTimeOffset LastRequestedAt { get; private set; }

    public RenderPriority RenderPriority { get; private set; }

    /// <summary>The date the document states (its PDF creation date), shown by the public verification; null before issue 25.</summary>
    public DateTimeOffset? IssuedAt { get; private set; }

    /// <summary>The code its QR code carries to the public verification page; null for documents rendered without one.</summary>
    public string? VerificationCode { get; private set; }

    public void MarkRequested(DateTimeOffset now) => LastRequestedAt = now;

    public void MarkReady(string sha256, long size, DateTimeOffset now, DateTimeOffset? issuedAt = null, string? verificationCode = null)
    {
        Status = DocumentStatus.Ready;
        IssuedAt = issuedAt;
        VerificationCode = verificationCode;
        Sha256 = sha256;
        Size = size;
        ReadyAt = now;
        LastError = null;
    }

    /// <summary>Counts a failed attempt; after <see cref="MaxAttempts"/> the document is shown as Failed.</summary>
    public bool RecordFailure(string error)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (Attempts >= MaxAttempts)
        {
            Status = DocumentStatus.Failed;
        }

        return Status == DocumentStatus.Failed;
    }

    public void RequestRegeneration(DateTimeOffset now)
    {
        LastRequestedAt = now;
        Status = DocumentStatus.Pending;
        RenderPriority = RenderPriority.Current;
        Attempts = 0;
        LastError = null;
    }
}

/// <summary>The bytes of a generated PDF, kept apart so listings never load them.</summary>
public sealed class DocumentContent
{
    private DocumentContent()
    {
    }

    public DocumentContent(Guid documentId, byte[] bytes)
    {
        DocumentId = documentId;
        Bytes = bytes;
    }

    public Guid DocumentId { get; private set; }
    public byte[] Bytes { get; private set; } = [];
}
