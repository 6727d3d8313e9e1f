using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Proposals;

/// <summary>Metadata of an uploaded PDF; the bytes live in their own table so a dossier loads without them.</summary>
public sealed class ProposalAttachment : Entity
{
    /// <summary>One attachment's size limit; a dossier's quota (count and total) is <see cref="Proposal.AddAttachment"/>'s.</summary>
    public const long MaxBytes = MaxMegabytes * 1024 * 1024;

    public const int MaxMegabytes = 10;

    public static Error TooLarge { get; } = new("file_too_large", $"Attachments are {MaxMegabytes} MB at most.", ErrorKind.TooLarge);

    private ProposalAttachment()
    {
    }

    internal ProposalAttachment(Guid proposalId, AttachmentKind kind, string fileName, long size, string sha256, Guid uploadedBy, DateTimeOffset now)
    {
        ProposalId = proposalId;
        Kind = kind;
        FileName = fileName;
        Size = size;
        Sha256 = sha256;
        UploadedByUserId = uploadedBy;
        UploadedAt = now;
    }

    public Guid ProposalId { get; private set; }
    public AttachmentKind Kind { get; private set; }
    public string FileName { get; private set; } = string.Empty;
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = string.Empty;
    public Guid UploadedByUserId { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Checked on the announced length before a byte is read, and again on what was actually read.</summary>
    public static Result CheckSize(long length) => length > MaxBytes ? TooLarge : Result.Success();

    /// <summary>Retention (ADR 0033): the file name often names a person ("CV de …"); size and SHA-256, the proof, stay.</summary>
    internal void Anonymise(int number) => FileName = $"piece-jointe-{number}.pdf";
}
