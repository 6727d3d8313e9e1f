using FundingPortal.Application.Common.Formatting;
using FundingPortal.Infrastructure.Documents.Pdf;
using PdfSharp.Drawing;

namespace FundingPortal.Documents.Tests;

public sealed class LineBreakingTests : IDisposable
{
    private readonly XGraphics _measureContext;
    private readonly PdfTheme _theme;

    public LineBreakingTests()
    {
        PdfFontSetup.EnsureRegistered();
        _measureContext = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
        _theme = new PdfTheme(_measureContext);
    }

    public void Dispose() => _measureContext.Dispose();

    [Theory]
    [InlineData(120)]
    [InlineData(250)]
    [InlineData(480)]
    public void Single_style_fast_path_matches_the_general_path(double width)
    {
        var text = SampleModels.Dossier().Summary;
        var split = text.Length / 3;

        var fast = LineBreaker.Wrap(text, _theme.Body, width);
        var general = LineBreaker.Wrap([new TextRun(text[..split], _theme.Body), new TextRun(text[split..], _theme.Body)], width);

        Assert.Equal(Describe(general), Describe(fast));
    }

    [Fact]
    public void Lines_never_exceed_the_width()
    {
        var lines = LineBreaker.Wrap(SampleModels.Dossier().Summary, _theme.Body, 200);

        Assert.All(lines, l => Assert.True(l.Width <= 200, $"{l.Width}"));
        Assert.All(lines, l => Assert.Equal(l.Width, _theme.Body.Width(l.Segments[0].Text), 6));
    }

    [Fact]
    public void Amounts_are_never_split()
    {
        var text = $"Aide accordée {TextFormat.French.Money(1_234_567.89m)} sur {TextFormat.French.Money(9_876_543.21m)}";

        var lines = LineBreaker.Wrap(text, _theme.Body, 90);

        Assert.True(lines.Count >= 3);
        Assert.Contains(lines, l => l.Segments[0].Text.Contains(TextFormat.French.Money(1_234_567.89m)));
        Assert.Contains(lines, l => l.Segments[0].Text.Contains(TextFormat.French.Money(9_876_543.21m)));
    }

    [Fact]
    public void French_punctuation_stays_with_the_preceding_word()
    {
        var width = _theme.Body.Width("La Décision") + 2;

        var lines = LineBreaker.Wrap("La Décision : accordée", _theme.Body, width);

        Assert.Equal("La", lines[0].Segments[0].Text);
        Assert.StartsWith("Décision :", lines[1].Segments[0].Text);
        Assert.DoesNotContain(lines, l => l.Segments[0].Text.StartsWith(':'));
    }

    [Fact]
    public void Overlong_words_are_cut_after_a_hyphen()
    {
        var lines = LineBreaker.Wrap("plan-de-travail-et-livrables.pdf", _theme.TableCell, 60);

        Assert.All(lines.SkipLast(1), l => Assert.EndsWith("-", l.Segments[0].Text));
        Assert.Equal("plan-de-travail-et-livrables.pdf", string.Concat(lines.Select(l => l.Segments[0].Text)));
    }

    [Fact]
    public void Runs_keep_their_styles_on_one_line()
    {
        var lines = LineBreaker.Wrap([new TextRun("Issue : ", _theme.Body), new TextRun("Financé", _theme.BodyBold)], 400);

        var line = Assert.Single(lines);
        Assert.Equal(["Issue\u00A0: ", "Financé"], line.Segments.Select(s => s.Text));
        Assert.Same(_theme.BodyBold, line.Segments[1].Style);
        Assert.Equal(line.Segments[0].Width, line.Segments[1].X, 6);
    }

    private static string[] Describe(IReadOnlyList<TextLine> lines) =>
        lines.Select(l => $"{string.Concat(l.Segments.Select(s => s.Text)).Replace('\u00A0', ' ')}|{l.Width:F6}").ToArray();
}
