using System.Collections.Frozen;
using System.Reflection;
using PdfSharp.Fonts;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// PDFsharp reads no system fonts on Linux: every face comes from TTF files embedded in this assembly
/// (any resource whose name ends with the file name, so the resource namespace may change freely).
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    private static readonly FrozenDictionary<string, string> FileByFace = new Dictionary<string, string>
    {
        ["DejaVuSans"] = "DejaVuSans.ttf",
        ["DejaVuSans-Bold"] = "DejaVuSans-Bold.ttf",
        ["DejaVuSansMono"] = "DejaVuSansMono.ttf",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, byte[]> _bytesByFace;

    public EmbeddedFontResolver()
    {
        var assembly = typeof(EmbeddedFontResolver).Assembly;
        var resourceNames = assembly.GetManifestResourceNames();
        _bytesByFace = FileByFace.ToFrozenDictionary(
            pair => pair.Key,
            pair => ReadResource(assembly, resourceNames, pair.Value));
    }

    /// <remarks>No oblique faces are embedded (the documents use none): italics would be simulated.</remarks>
    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic)
    {
        if (string.Equals(familyName, FontFamilies.Mono, StringComparison.OrdinalIgnoreCase))
            return new FontResolverInfo("DejaVuSansMono", isBold, isItalic);

        if (!string.Equals(familyName, FontFamilies.Sans, StringComparison.OrdinalIgnoreCase))
            return null;

        return new FontResolverInfo(isBold ? "DejaVuSans-Bold" : "DejaVuSans", false, isItalic);
    }

    public byte[]? GetFont(string faceName) => _bytesByFace.GetValueOrDefault(faceName);

    private static byte[] ReadResource(Assembly assembly, string[] resourceNames, string fileName)
    {
        var name = resourceNames.SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Font resource '{fileName}' is not embedded in {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
