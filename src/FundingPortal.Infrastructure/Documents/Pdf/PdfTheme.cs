using PdfSharp.Drawing;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// Fonts, colours and spacing of every document. Built once per render: PDFsharp drawing objects
/// are not shared across threads.
/// </summary>
internal sealed class PdfTheme
{
    private static readonly XColor Ink = XColor.FromArgb(0x1F, 0x23, 0x28);
    private static readonly XColor Navy = XColor.FromArgb(0x1B, 0x36, 0x5D);
    private static readonly XColor Muted = XColor.FromArgb(0x5B, 0x65, 0x73);
    private static readonly XColor RuleLightColor = XColor.FromArgb(0xD5, 0xDA, 0xE1);
    private static readonly XColor RuleStrongColor = XColor.FromArgb(0x8A, 0x96, 0xA3);
    private static readonly XColor HeaderFillColor = XColor.FromArgb(0xE8, 0xED, 0xF3);
    private static readonly XColor TintFillColor = XColor.FromArgb(0xF4, 0xF6, 0xF9);

    public PdfTheme(XGraphics measureContext)
    {
        var regular = new GlyphWidths(measureContext, FontFamilies.Sans, XFontStyleEx.Regular);
        var bold = new GlyphWidths(measureContext, FontFamilies.Sans, XFontStyleEx.Bold);
        var mono = new GlyphWidths(measureContext, FontFamilies.Mono, XFontStyleEx.Regular);

        var ink = new XSolidBrush(Ink);
        var navy = new XSolidBrush(Navy);
        var muted = new XSolidBrush(Muted);

        static TextStyle Style(GlyphWidths face, double size, XBrush brush, double lineHeight = 1.35) =>
            new(face, new XFont(face.Family, size, face.Style), brush, lineHeight);

        Body = Style(regular, 9, ink, 1.45);
        BodyBold = Style(bold, 9, ink, 1.45);
        Label = Style(regular, 8.5, muted, 1.45);
        SmallMuted = Style(regular, 7.5, muted);
        Mono = Style(mono, 7, ink, 1.45);
        Kicker = Style(bold, 8, muted);
        Title = Style(bold, 19, navy, 1.25);
        Subtitle = Style(regular, 10.5, ink, 1.4);
        Heading1 = Style(bold, 12, navy, 1.3);
        Heading2 = Style(bold, 9.5, navy, 1.35);
        TableHeader = Style(bold, 7.5, navy, 1.3);
        TableCell = Style(regular, 7.5, ink, 1.35);
        TableCellBold = Style(bold, 7.5, ink, 1.35);
        DenseHeader = Style(bold, 7, navy, 1.3);
        DenseCell = Style(regular, 7, ink, 1.35);
        DenseCellBold = Style(bold, 7, ink, 1.35);
        RunningText = Style(regular, 7, muted);
        RunningTextBold = Style(bold, 7, navy);

        RuleLight = new XPen(RuleLightColor, 0.5);
        RuleStrong = new XPen(RuleStrongColor, 0.75);
        RuleAccent = new XPen(Navy, 1.5);
        HeaderFill = new XSolidBrush(HeaderFillColor);
        TintFill = new XSolidBrush(TintFillColor);
        AccentFill = navy;
    }

    public TextStyle Body { get; }
    public TextStyle BodyBold { get; }
    public TextStyle Label { get; }
    public TextStyle SmallMuted { get; }
    public TextStyle Mono { get; }
    public TextStyle Kicker { get; }
    public TextStyle Title { get; }
    public TextStyle Subtitle { get; }
    public TextStyle Heading1 { get; }
    public TextStyle Heading2 { get; }
    public TextStyle TableHeader { get; }
    public TextStyle TableCell { get; }
    public TextStyle TableCellBold { get; }
    public TextStyle DenseHeader { get; }
    public TextStyle DenseCell { get; }
    public TextStyle DenseCellBold { get; }
    public TextStyle RunningText { get; }
    public TextStyle RunningTextBold { get; }

    public XPen RuleLight { get; }
    public XPen RuleStrong { get; }
    public XPen RuleAccent { get; }
    public XBrush HeaderFill { get; }
    public XBrush TintFill { get; }
    public XBrush AccentFill { get; }

    public double ParagraphSpacing => 5;
    public double BlockSpacing => 10;
    public double SectionSpacing => 12;
}
