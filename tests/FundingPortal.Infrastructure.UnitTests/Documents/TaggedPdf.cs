using System.Text;
using UglyToad.PdfPig.Tokens;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace FundingPortal.Documents.Tests;

/// <summary>
/// Reads a tagged PDF back as a screen reader would: the catalogue's accessibility entries, the structure tree with
/// the text each element owns (joined from its marked contents, in tree order), and the text drawn outside any tag.
/// </summary>
internal sealed class TaggedPdf
{
    private TaggedPdf(string? language, bool marked, bool displaysTitle, string metadata, StructureNode root,
        IReadOnlyList<string> artifactText, IReadOnlyList<string> untaggedText, int pageCount)
    {
        Language = language;
        Marked = marked;
        DisplaysTitle = displaysTitle;
        Metadata = metadata;
        Root = root;
        ArtifactText = artifactText;
        UntaggedText = untaggedText;
        PageCount = pageCount;
    }

    public string? Language { get; }
    public bool Marked { get; }
    public bool DisplaysTitle { get; }
    public string Metadata { get; }
    public StructureNode Root { get; }
    public IReadOnlyList<string> ArtifactText { get; }
    public IReadOnlyList<string> UntaggedText { get; }
    public int PageCount { get; }

    public IEnumerable<StructureNode> All(string type) => Root.Descendants().Where(n => n.Type == type);

    public static TaggedPdf Read(byte[] pdf)
    {
        using var document = PigDocument.Open(pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;

        var contentByPage = new Dictionary<int, Dictionary<int, string>>();
        var artifacts = new List<string>();
        var untagged = new List<string>();
        var pageNumberByObject = new Dictionary<long, int>();
        foreach (var page in document.GetPages())
        {
            var byMcid = new Dictionary<int, string>();
            var inMarkedContent = new HashSet<string>();
            foreach (var content in page.GetMarkedContents())
            {
                var text = Text(content.Letters);
                foreach (var letter in content.Letters)
                    inMarkedContent.Add(Key(letter));
                if (content.IsArtifact)
                    artifacts.Add(text);
                else if (content.MarkedContentIdentifier >= 0)
                    byMcid[content.MarkedContentIdentifier] = byMcid.GetValueOrDefault(content.MarkedContentIdentifier) + text;
            }

            var outside = string.Concat(page.Letters.Where(l => !inMarkedContent.Contains(Key(l))).Select(l => l.Value)).Trim();
            if (outside.Length > 0)
                untagged.Add(outside);
            contentByPage[page.Number] = byMcid;
        }

        var pageRefs = PageReferences(document);
        for (var i = 0; i < pageRefs.Count; i++)
            pageNumberByObject[pageRefs[i]] = i + 1;

        var rootToken = Resolve(document, catalog.Data["StructTreeRoot"]) as DictionaryToken
            ?? throw new InvalidOperationException("No structure tree.");
        var root = ReadNode(document, rootToken, contentByPage, pageNumberByObject, inheritedPage: 1);

        var markInfo = catalog.TryGet(NameToken.Create("MarkInfo"), out var markToken)
            ? Resolve(document, markToken) as DictionaryToken : null;
        var marked = markInfo is not null && markInfo.TryGet(NameToken.Create("Marked"), out var m) && m is BooleanToken { Data: true };
        var preferences = catalog.TryGet(NameToken.Create("ViewerPreferences"), out var prefToken)
            ? Resolve(document, prefToken) as DictionaryToken : null;
        var displaysTitle = preferences is not null && preferences.TryGet(NameToken.Create("DisplayDocTitle"), out var d) && d is BooleanToken { Data: true };
        var language = catalog.TryGet(NameToken.Create("Lang"), out var lang) ? (Resolve(document, lang) as StringToken)?.Data : null;
        var metadata = catalog.TryGet(NameToken.Create("Metadata"), out var meta) && Resolve(document, meta) is StreamToken stream
            ? Encoding.UTF8.GetString(stream.Data.ToArray()) : "";

        return new TaggedPdf(language, marked, displaysTitle, metadata, root, artifacts, untagged, document.NumberOfPages);
    }

    /// <summary>The letters' text, with a space where a line ends (a wrapped cell or paragraph reads as words, as a screen reader says it).</summary>
    private static string Text(IReadOnlyList<UglyToad.PdfPig.Content.Letter> letters)
    {
        var text = new StringBuilder();
        for (var i = 0; i < letters.Count; i++)
        {
            if (i > 0 && Math.Abs(letters[i].StartBaseLine.Y - letters[i - 1].StartBaseLine.Y) > 0.5 && text[^1] != ' ')
                text.Append(' ');
            text.Append(letters[i].Value);
        }

        return text.ToString();
    }

    private static string Key(UglyToad.PdfPig.Content.Letter letter) =>
        FormattableString.Invariant($"{letter.Value}@{letter.StartBaseLine.X:F1},{letter.StartBaseLine.Y:F1}");

    private static List<long> PageReferences(PigDocument document)
    {
        var result = new List<long>();
        var pages = (DictionaryToken)Resolve(document, document.Structure.Catalog.CatalogDictionary.Data["Pages"]);
        Collect(pages);
        return result;

        void Collect(DictionaryToken node)
        {
            foreach (var kid in ((ArrayToken)Resolve(document, node.Data["Kids"])).Data)
            {
                var reference = (IndirectReferenceToken)kid;
                var dictionary = (DictionaryToken)Resolve(document, kid);
                if (dictionary.Data.ContainsKey("Kids"))
                    Collect(dictionary);
                else
                    result.Add(reference.Data.ObjectNumber);
            }
        }
    }

    private static StructureNode ReadNode(PigDocument document, DictionaryToken element,
        IReadOnlyDictionary<int, Dictionary<int, string>> contentByPage, IReadOnlyDictionary<long, int> pageNumbers, int inheritedPage)
    {
        var type = element.TryGet(NameToken.Create("S"), out var s) ? ((NameToken)Resolve(document, s)).Data : "StructTreeRoot";
        var page = element.Data.TryGetValue("Pg", out var pg) && pg is IndirectReferenceToken pageRef
            ? pageNumbers.GetValueOrDefault(pageRef.Data.ObjectNumber, inheritedPage) : inheritedPage;
        var attributes = element.Data.TryGetValue("A", out var a) ? Resolve(document, a) as DictionaryToken : null;
        var scope = attributes is not null && attributes.TryGet(NameToken.Create("Scope"), out var sc) ? ((NameToken)sc).Data : null;
        var alt = element.Data.TryGetValue("Alt", out var altToken) ? (Resolve(document, altToken) as StringToken)?.Data : null;

        var children = new List<StructureNode>();
        var text = new StringBuilder();
        if (element.Data.TryGetValue("K", out var k))
        {
            var kids = Resolve(document, k) is ArrayToken array ? array.Data : [k];
            foreach (var kid in kids)
            {
                var resolved = Resolve(document, kid);
                switch (resolved)
                {
                    case NumericToken mcid:
                        text.Append(contentByPage[page].GetValueOrDefault(mcid.Int));
                        break;
                    case DictionaryToken kidDictionary when kidDictionary.Data.ContainsKey("MCID"):
                        var kidPage = kidDictionary.Data.TryGetValue("Pg", out var kp) && kp is IndirectReferenceToken r
                            ? pageNumbers[r.Data.ObjectNumber] : page;
                        text.Append(contentByPage[kidPage].GetValueOrDefault(((NumericToken)kidDictionary.Data["MCID"]).Int));
                        break;
                    case DictionaryToken kidDictionary:
                        var child = ReadNode(document, kidDictionary, contentByPage, pageNumbers, page);
                        children.Add(child);
                        text.Append(child.Text);
                        break;
                }
            }
        }

        return new StructureNode(type, text.ToString(), scope, children, alt);
    }

    private static IToken Resolve(PigDocument document, IToken token) =>
        token is IndirectReferenceToken reference ? Resolve(document, document.Structure.GetObject(reference.Data).Data) : token;
}

internal sealed record StructureNode(string Type, string Text, string? Scope, IReadOnlyList<StructureNode> Children, string? Alt = null)
{
    public IEnumerable<StructureNode> Descendants() =>
        Children.SelectMany(c => new[] { c }.Concat(c.Descendants()));
}
