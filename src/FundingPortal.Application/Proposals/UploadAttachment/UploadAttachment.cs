using System.Security.Cryptography;
using System.Text;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals.UploadAttachment;

/// <summary>An uploaded file as the edge received it: its name, its announced length and its content, not read yet.</summary>
public sealed record AttachmentUpload(string? FileName, long Length, Stream Content);

/// <summary>
/// PDF attachments of a dossier: the one path for their rules (10 MB each, checked on the announced length before a byte is
/// read, a real PDF, a clean name, at most 50 and 100 MB per dossier; the sizes are the domain's). Concurrent uploads to one dossier are serialised by its version: a loser is retried from fresh
/// data, so the quota holds under any concurrency and a refused upload leaves nothing behind.
/// </summary>
public sealed class UploadAttachment(IAppDbContext db, ICurrentUser user, ProposalEditor editor, IPdfInspector pdf, RetryOnConflict retry)
{
    private const int MaxAttempts = 10;

    public async Task<Result<AttachmentDto>> Handle(Guid proposalId, string? kind, AttachmentUpload? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return Error.Field("file", "validation_failed", "A non-empty PDF file is required in the 'file' field.");
        }

        var announced = ProposalAttachment.CheckSize(file.Length);
        if (!announced.IsSuccess)
        {
            return announced.Error!;
        }

        if (!Enum.TryParse<AttachmentKind>(kind, ignoreCase: false, out var attachmentKind) || !Enum.IsDefined(attachmentKind))
        {
            return Error.Field("kind", "validation_failed", "kind must be ConsortiumAgreement or Annex.");
        }

        var bytes = await ReadAtMost(file.Content, ProposalAttachment.MaxBytes, ct);
        if (bytes is null)
        {
            return ProposalAttachment.TooLarge;
        }

        if (!pdf.IsReadablePdf(bytes))
        {
            return new Error("unsupported_media_type", "Only PDF files are accepted (the content is not a PDF a reader can open, whatever its name).",
                ErrorKind.UnsupportedMediaType);
        }

        var safeName = SafeFileName(file.FileName);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        // Another upload (or edit) of the same dossier committed first: count again from fresh data.
        ProposalAttachment? added = null;
        var edited = await retry.Run((_, token) => editor.EditLatest(proposalId, ProposalAccess.IsConsortium, "attachment_added",
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
            }, new { fileName = safeName, sha256 }, token), MaxAttempts, ct);

        if (!edited.IsSuccess)
        {
            return edited.Error!.IsConcurrentUpdate() ? ProposalEditor.StaleWrite() : edited.Error!;
        }

        return new AttachmentDto(added!.Id, added.Kind, added.FileName, added.Size, added.Sha256, added.UploadedAt);
    }

    /// <summary>The content, or null when it turns out longer than announced and than the limit.</summary>
    private static async Task<byte[]?> ReadAtMost(Stream content, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Keeps the last path segment, drops control, reserved and bidirectional-override characters (which make
    /// "invoice\u202efdp.exe" display as "invoiceexe.pdf"), and bounds the length.
    /// </summary>
    public static string SafeFileName(string? fileName)
    {
        // Runes: a lone surrogate becomes U+FFFD instead of breaking the normalisation below.
        var name = string.Concat((fileName ?? string.Empty).EnumerateRunes().Where(r => !r.IsBmp || !IsBidiControl((char)r.Value)).Select(r => r.ToString()))
            .Replace('\\', '/');
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

    // LRM, RLM, ALM, the embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069).
    private static bool IsBidiControl(char c) => c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
