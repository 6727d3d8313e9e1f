using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Pdf;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class AttachmentTable
{
    // The documents are written in French.
    private static readonly TextFormat Format = TextFormat.French;

    public static TableColumn[] Columns(PdfTheme theme) =>
    [
        new("Pièce jointe", 30),
        new("Taille", 10, TextAlign.Right),
        new("Empreinte SHA-256", 60, Style: theme.Mono),
    ];

    public static TableRow[] Rows(IEnumerable<AttachmentEntry> attachments) =>
        attachments
            .Select(a => new TableRow([a.FileName, Format.FileSizeShort(a.SizeBytes), a.Sha256]))
            .ToArray();
}
