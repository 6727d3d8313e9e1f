using System.Text;
using FundingPortal.Application.Common.Formatting;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// Greedy line breaking of styled runs at ordinary spaces and line feeds. No-break spaces (money, dates)
/// never break; a word wider than the line is cut after a hyphen, underscore or slash, else between characters.
/// </summary>
internal sealed class LineBreaker
{
    private readonly double _maxWidth;
    private readonly List<TextLine> _lines = [];
    private readonly List<LineSegment> _segments = [];
    private readonly StringBuilder _segmentText = new(256);
    private TextStyle? _segmentStyle;
    private double _segmentX;
    private double _lineWidth;
    private TextStyle? _pendingSpace;
    private readonly List<TextRun> _word = [];
    private readonly StringBuilder _wordPiece = new(64);
    private TextStyle? _wordPieceStyle;

    private LineBreaker(double maxWidth) => _maxWidth = Math.Max(maxWidth, 1);

    public static IReadOnlyList<TextLine> Wrap(string text, TextStyle style, double maxWidth) =>
        Wrap([new TextRun(text, style)], maxWidth);

    public static IReadOnlyList<TextLine> Wrap(IReadOnlyList<TextRun> runs, double maxWidth)
    {
        if (runs.Count == 1 && PlainLineBreaker.TryWrap(runs[0].Text, runs[0].Style, Math.Max(maxWidth, 1)) is { } plain)
            return plain;

        var breaker = new LineBreaker(maxWidth);
        breaker.Consume(runs);
        return breaker._lines;
    }

    private void Consume(IReadOnlyList<TextRun> runs)
    {
        TextStyle? lastStyle = null;
        foreach (var run in runs)
        {
            lastStyle = run.Style;
            var text = run.Text;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case ' ' when FrenchSpacing.IsNoBreakSpace(text, i):
                        AppendToWord(TextFormat.NoBreakSpace, run.Style);
                        break;
                    case ' ' or '\t':
                        EndWord();
                        _pendingSpace ??= run.Style;
                        break;
                    case '\n':
                        EndWord();
                        EndLine(run.Style);
                        break;
                    case '\r':
                        break;
                    default:
                        AppendToWord(c, run.Style);
                        break;
                }
            }
        }

        EndWord();
        if (_segments.Count > 0 || _segmentText.Length > 0 || _lines.Count == 0)
            EndLine(lastStyle);
    }

    private void AppendToWord(char c, TextStyle style)
    {
        if (_wordPieceStyle is not null && !ReferenceEquals(_wordPieceStyle, style))
            FlushWordPiece();
        _wordPieceStyle = style;
        _wordPiece.Append(c);
    }

    private void FlushWordPiece()
    {
        if (_wordPiece.Length > 0 && _wordPieceStyle is not null)
            _word.Add(new TextRun(_wordPiece.ToString(), _wordPieceStyle));
        _wordPiece.Clear();
        _wordPieceStyle = null;
    }

    private void EndWord()
    {
        FlushWordPiece();
        if (_word.Count == 0)
            return;

        PlaceWord();
        _word.Clear();
    }

    private void PlaceWord()
    {
        double wordWidth = 0;
        foreach (var piece in _word)
            wordWidth += piece.Style.Width(piece.Text);

        if (_lineWidth > 0 || _segmentText.Length > 0 || _segments.Count > 0)
        {
            var spaceWidth = _pendingSpace?.Width(' ') ?? 0;
            if (_lineWidth + spaceWidth + wordWidth <= _maxWidth)
            {
                if (_pendingSpace is not null)
                    Append(" ", _pendingSpace, spaceWidth);
                AppendWord();
                return;
            }

            EndLine(_pendingSpace);
        }

        _pendingSpace = null;
        if (wordWidth <= _maxWidth)
        {
            AppendWord();
            return;
        }

        foreach (var piece in _word)
            PlaceOverlongPiece(piece.Text, piece.Style);
    }

    /// <summary>Cuts a word wider than the line after a hyphen, underscore or slash when possible, else between characters.</summary>
    private void PlaceOverlongPiece(string text, TextStyle style)
    {
        var start = 0;
        while (start < text.Length)
        {
            double width = 0;
            var fitEnd = start;
            var breakEnd = -1;
            double breakWidth = 0;
            for (var i = start; i < text.Length; i++)
            {
                var charWidth = style.Width(text[i]);
                if (_lineWidth + width + charWidth > _maxWidth)
                    break;
                width += charWidth;
                fitEnd = i + 1;
                if (i > start && text[i] is '-' or '_' or '/' or '\\')
                {
                    breakEnd = i + 1;
                    breakWidth = width;
                }
            }

            if (fitEnd == text.Length)
            {
                Append(text[start..], style, width);
                return;
            }

            if (fitEnd == start && _lineWidth > 0)
            {
                EndLine(style);
                continue;
            }

            var end = breakEnd > start ? breakEnd : Math.Max(fitEnd, start + 1);
            var endWidth = breakEnd > start ? breakWidth : style.Width(text.AsSpan(start, end - start));
            Append(text[start..end], style, endWidth);
            EndLine(style);
            start = end;
        }
    }

    private void AppendWord()
    {
        _pendingSpace = null;
        foreach (var piece in _word)
            Append(piece.Text, piece.Style, piece.Style.Width(piece.Text));
    }

    private void Append(string text, TextStyle style, double width)
    {
        if (_segmentStyle is not null && !ReferenceEquals(_segmentStyle, style))
            FlushSegment();
        if (_segmentStyle is null)
        {
            _segmentStyle = style;
            _segmentX = _lineWidth;
        }

        _segmentText.Append(text);
        _lineWidth += width;
    }

    private void FlushSegment()
    {
        if (_segmentStyle is null)
            return;
        _segments.Add(new LineSegment(_segmentText.ToString(), _segmentStyle, _segmentX, _lineWidth - _segmentX));
        _segmentText.Clear();
        _segmentStyle = null;
    }

    private void EndLine(TextStyle? styleForEmptyLine)
    {
        FlushSegment();
        if (_segments.Count == 0 && styleForEmptyLine is not null)
            _segments.Add(new LineSegment("", styleForEmptyLine, 0, 0));
        _lines.Add(new TextLine(_segments.ToArray(), _lineWidth));
        _segments.Clear();
        _lineWidth = 0;
        _pendingSpace = null;
    }
}
