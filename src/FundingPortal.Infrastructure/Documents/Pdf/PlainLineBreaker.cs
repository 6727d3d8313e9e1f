namespace FundingPortal.Infrastructure.Documents.Pdf;

internal static class PlainLineBreaker
{
    /// <summary>
    /// Allocation-light path for one style: lines are substrings of the text. Returns null, for the general
    /// path, when a word must be cut or the spacing is irregular (tabs, carriage returns, double spaces).
    /// </summary>
    public static List<TextLine>? TryWrap(string text, TextStyle style, double maxWidth)
    {
        var lines = new List<TextLine>();
        var spaceWidth = style.Width(' ');
        int lineStart = -1, lineEnd = 0;
        double lineWidth = 0;

        void Flush()
        {
            var content = lineStart < 0 ? "" : text[lineStart..lineEnd];
            var width = lineStart < 0 ? 0 : lineWidth;
            lines.Add(new TextLine([new LineSegment(content, style, 0, width)], width));
            lineStart = -1;
            lineWidth = 0;
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                Flush();
                i++;
                continue;
            }

            if (c == ' ')
            {
                if (i + 1 < text.Length && text[i + 1] == ' ')
                    return null;
                i++;
                continue;
            }

            var end = i;
            double wordWidth = 0;
            while (end < text.Length)
            {
                var w = text[end];
                if (w == '\n' || (w == ' ' && !FrenchSpacing.IsNoBreakSpace(text, end)))
                    break;
                if (w is '\t' or '\r')
                    return null;
                wordWidth += style.Width(w);
                end++;
            }

            if (wordWidth > maxWidth)
                return null;

            if (lineStart < 0)
            {
                lineStart = i;
                lineWidth = wordWidth;
            }
            else if (lineWidth + spaceWidth + wordWidth <= maxWidth && i == lineEnd + 1)
            {
                lineWidth += spaceWidth + wordWidth;
            }
            else if (i == lineEnd + 1)
            {
                Flush();
                lineStart = i;
                lineWidth = wordWidth;
            }
            else
            {
                return null;
            }

            lineEnd = end;
            i = end;
        }

        if (lineStart >= 0 || lines.Count == 0)
            Flush();
        return lines;
    }
}
