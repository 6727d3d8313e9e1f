using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// PDFsharp 6.2 stamps documents with the clock, a random file identifier, random font-subset tags
/// ("ABCDEF+DejaVu Sans") and random XMP uuids; all are replaced by values derived from the model so
/// that rendering twice, in any process, gives the same bytes.
/// </summary>
internal static class DeterministicPdf
{
    private const int SubsetTagLength = 6;
    private const int GuidLength = 36;
    private static readonly string[] FontNameKeys = ["/FontName", "/BaseFont"];
    private static readonly byte[][] XmpUuidMarkers =
    [
        "<xmpMM:DocumentID>uuid:"u8.ToArray(),
        "<xmpMM:InstanceID>uuid:"u8.ToArray(),
    ];

    /// <summary>Call before saving.</summary>
    public static void Stamp(PdfDocument document, PdfDocumentInfo info)
    {
        var date = info.IssuedAt.UtcDateTime;
        document.Info.CreationDate = date;
        document.Info.ModificationDate = date;

        var id = Latin1(Hash(info.DocumentKey).AsSpan(0, 16));
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        ReplaceSubsetTags(document, info.DocumentKey);
    }

    private static void ReplaceSubsetTags(PdfDocument document, string documentKey)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var usedTags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary dictionary)
                continue;

            foreach (var key in FontNameKeys)
            {
                var name = dictionary.Elements.GetName(key);
                if (!HasSubsetTag(name))
                    continue;

                if (!renamed.TryGetValue(name, out var newName))
                {
                    var baseName = name[(SubsetTagLength + 2)..];
                    var tag = SubsetTag(documentKey, baseName, usedTags.Count);
                    while (!usedTags.Add(tag))
                        tag = SubsetTag(documentKey, baseName + "#", usedTags.Count);
                    renamed[name] = newName = $"/{tag}+{baseName}";
                }

                dictionary.Elements.SetName(key, newName);
            }
        }
    }

    /// <summary>
    /// Call on the saved bytes. PDFsharp writes the XMP packet uncompressed at save time, with no hook to set its
    /// uuids, so they are overwritten in place with uuids of the same length: no offset in the file moves.
    /// </summary>
    public static void FixXmpUuids(byte[] pdf, string documentKey)
    {
        var hash = Hash("xmp\n" + documentKey);
        var documentId = new Guid(hash.AsSpan(0, 16)).ToString("D");
        var uuids = new[] { documentId, documentId };
        for (var i = 0; i < XmpUuidMarkers.Length; i++)
        {
            var marker = XmpUuidMarkers[i];
            var at = pdf.AsSpan().LastIndexOf(marker);
            if (at < 0)
                continue;
            var target = pdf.AsSpan(at + marker.Length, GuidLength);
            if (!Guid.TryParseExact(Encoding.ASCII.GetString(target), "D", out _))
                throw new InvalidOperationException("Unexpected XMP metadata layout: the PDF would not be deterministic.");
            Encoding.ASCII.GetBytes(uuids[i], target);
        }
    }

    /// <summary>"/ABCDEF+..." as PDF 32000-1 § 9.6.4 defines subset names.</summary>
    private static bool HasSubsetTag(string name)
    {
        if (name.Length < SubsetTagLength + 2 || name[0] != '/' || name[SubsetTagLength + 1] != '+')
            return false;
        for (var i = 1; i <= SubsetTagLength; i++)
        {
            if (name[i] is < 'A' or > 'Z')
                return false;
        }

        return true;
    }

    private static string SubsetTag(string documentKey, string baseName, int salt)
    {
        var hash = Hash($"{documentKey}\n{baseName}\n{salt}");
        var tag = new char[SubsetTagLength];
        for (var i = 0; i < SubsetTagLength; i++)
            tag[i] = (char)('A' + hash[i] % 26);
        return new string(tag);
    }

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    /// <summary>One char per byte, as PDFsharp expects for raw (hex-written) strings.</summary>
    private static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);
}
