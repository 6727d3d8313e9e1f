using System.Text;

namespace FundingPortal.Infrastructure.Documents.Signing;

/// <summary>A signature's <c>/ByteRange [a b c d]</c>: the file is signed except the hex string of <c>/Contents</c>, from b to c.</summary>
public sealed record ByteRange(int FirstOffset, int FirstLength, int SecondOffset, int SecondLength)
{
    private static readonly byte[] Key = "/ByteRange"u8.ToArray();

    public int ContentsStart => FirstLength;

    public int ContentsLength => SecondOffset - FirstLength;

    public static ByteRange Read(byte[] pdf)
    {
        var at = pdf.AsSpan().LastIndexOf(Key);
        if (at < 0)
            throw new InvalidOperationException("Unexpected PDF layout: no /ByteRange.");
        var open = Array.IndexOf(pdf, (byte)'[', at);
        var close = Array.IndexOf(pdf, (byte)']', open);
        var numbers = Encoding.ASCII.GetString(pdf, open + 1, close - open - 1)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(int.Parse)
            .ToArray();
        var range = new ByteRange(numbers[0], numbers[1], numbers[2], numbers[3]);
        if (range.FirstOffset != 0 || range.SecondOffset + range.SecondLength != pdf.Length
            || pdf[range.ContentsStart] != '<' || pdf[range.SecondOffset - 1] != '>')
            throw new InvalidOperationException("Unexpected PDF layout: the /ByteRange does not frame /Contents.");
        return range;
    }
}
