namespace FundingPortal.Domain.Proposals;

/// <summary>The bytes of an attachment, keyed by the attachment id.</summary>
public sealed class AttachmentContent
{
    private AttachmentContent()
    {
    }

    public AttachmentContent(Guid attachmentId, byte[] bytes)
    {
        AttachmentId = attachmentId;
        Bytes = bytes;
    }

    public Guid AttachmentId { get; private set; }
    public byte[] Bytes { get; private set; } = [];
}
