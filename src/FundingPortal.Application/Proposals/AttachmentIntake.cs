using System.Security.Cryptography;
using System.Text;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals.UploadAttachment;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals;

/// <summary>A received PDF: its clean name, its bytes and their SHA-256.</summary>
public sealed record ReceivedPdf(string FileName, byte[] Bytes, string Sha256);

/// <summary>
/// The one path for an attachment file's rules, for new files and replacements alike: 10 MB each, checked on the
/// announced length before a byte is read and again on what is read, a real PDF, a clean name.
/// </summary>
public sealed class AttachmentIntake(IPdfInspector pdf)
{
    public async Task<Result<ReceivedPdf>> Receive(AttachmentUpload? file, CancellationToken ct)
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

        return new ReceivedPdf(SafeFileName(file.FileName), bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
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
