using System.Security.Cryptography;
using System.Text;
using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals;

public sealed record AttachmentFile(string FileName, string ContentType, byte[] Bytes);

public sealed class Attachments(IAppDbContext db, ICurrentUser user, ProposalEditor editor, ProposalQueries queries)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public async Task<Result<AttachmentDto>> Upload(Guid proposalId, string? kind, string? fileName, byte[]? bytes, CancellationToken ct)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return Error.Field("file", "validation_failed", "A non-empty PDF file is required in the 'file' field.");
        }

        if (bytes.LongLength > MaxBytes)
        {
            return new Error("file_too_large", "Attachments are 10 MB at most.", ErrorKind.TooLarge);
        }

        if (!Enum.TryParse<AttachmentKind>(kind, ignoreCase: false, out var attachmentKind) || !Enum.IsDefined(attachmentKind))
        {
            return Error.Field("kind", "validation_failed", "kind must be ConsortiumAgreement or Annex.");
        }

        if (!LooksLikePdf(bytes))
        {
            return new Error("unsupported_media_type", "Only PDF files are accepted (the content is not a PDF, whatever its name).", ErrorKind.UnsupportedMediaType);
        }

        var safeName = SafeFileName(fileName);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        ProposalAttachment? added = null;
        var edited = await editor.Edit(proposalId, ExpectedVersion.Any, ProposalAccess.IsConsortium, "attachment_added",
            (c, now) =>
            {
                var result = c.Proposal.AddAttachment(attachmentKind, safeName, bytes.LongLength, sha256, user.UserId, c.Call, now);
                if (!result.IsSuccess)
                {
                    return result.Error!;
                }

                added = result.Value;
                db.AttachmentContents.Add(new AttachmentContent(added.Id, bytes));
                return Result.Success();
            }, new { fileName = safeName, sha256 }, ct);

        return edited.IsSuccess ? new AttachmentDto(added!.Id, added.Kind, added.FileName, added.Size, added.Sha256, added.UploadedAt) : edited.Error!;
    }

    public async Task<Result<AttachmentFile>> Download(Guid proposalId, Guid attachmentId, CancellationToken ct)
    {
        var visible = await queries.LoadVisible(proposalId, ct);
        if (!visible.IsSuccess)
        {
            return visible.Error!;
        }

        var attachment = visible.Value.Context.Proposal.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        var content = attachment is null ? null : await db.AttachmentContents.AsNoTracking().FirstOrDefaultAsync(c => c.AttachmentId == attachmentId, ct);
        return content is null ? Error.NotFound("Attachment") : new AttachmentFile(attachment!.FileName, "application/pdf", content.Bytes);
    }

    /// <summary>A PDF starts with "%PDF-" (within the first KiB, as readers tolerate) and ends with an "%%EOF" marker.</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        var tail = bytes[Math.Max(0, bytes.Length - 1024)..];
        return head.IndexOf("%PDF-"u8) >= 0 && tail.IndexOf("%%EOF"u8) >= 0;
    }

    /// <summary>Keeps the last path segment, drops control and reserved characters, and bounds the length.</summary>
    public static string SafeFileName(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var builder = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsControl(ch) && ch is not ('<' or '>' or ':' or '"' or '|' or '?' or '*'))
            {
                builder.Append(ch);
            }
        }

        name = builder.ToString().Trim().TrimStart('.');
        if (name.Length == 0)
        {
            name = "document.pdf";
        }

        if (name.Length > 200)
        {
            name = name[..196] + ".pdf";
        }

        return name;
    }
}
