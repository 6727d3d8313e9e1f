using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Renderers;

namespace FundingPortal.Documents.Tests;

internal static class Render
{
    private static readonly PdfDocumentRenderer Renderer = new();

    public static byte[] Pdf(DocumentModel model) => Renderer.Render(model);

    public static string Text(DocumentModel model) => PdfText.All(Pdf(model));
}
