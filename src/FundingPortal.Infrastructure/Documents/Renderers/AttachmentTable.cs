using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Pdf;

using static FundingPortal.Infrastructure.Documents.Renderers.DocumentLanguage;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class AttachmentTable
{
    private static TextFormat Format => DocumentLanguage.Format;

    public static TableColumn[] Columns(PdfTheme theme) =>
    [
        new(T("Pièce jointe", "Attachment"), 30),
        new(T("Taille", "Size"), 10, TextAlign.Right),
        new(T("Empreinte SHA-256", "SHA-256 fingerprint"), 60, Style: theme.Mono),
    ];

    public static TableRow[] Rows(IEnumerable<AttachmentEntry> attachments) =>
        attachments
            .Select(a => new TableRow([a.FileName, Format.FileSizeShort(a.SizeBytes), a.Sha256]))
            .ToArray();
}
