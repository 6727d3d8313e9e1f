using FundingPortal.Application.Documents;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace FundingPortal.Documents.Tests;

public sealed class PaginationTests
{
    [Fact]
    public void Page_count_grows_with_content()
    {
        var small = PdfText.PageCount(Render.Pdf(SampleModels.LargeDossier(3, 1_000)));
        var medium = PdfText.PageCount(Render.Pdf(SampleModels.LargeDossier(15, 10_000)));
        var large = PdfText.PageCount(Render.Pdf(SampleModels.LargeDossier(40, 30_000)));

        Assert.True(small < medium, $"{small} < {medium}");
        Assert.True(medium < large, $"{medium} < {large}");
    }

    [Fact]
    public void Fifty_partners_and_a_20000_character_summary_flow_across_pages()
    {
        var model = SampleModels.LargeDossier(50, 20_000);

        var pages = PdfText.Pages(Render.Pdf(model));

        Assert.True(pages.Count >= 10, $"{pages.Count} pages");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.StartsWith("FundingPortal — Dossier de candidature", pages[i]);
            Assert.EndsWith($"page {i + 1} / {pages.Count}", pages[i]);
        }

        var text = string.Join(" ", pages);
        Assert.All(model.Partners, p => Assert.Contains(PdfText.Normalize(p.Name), text));
        Assert.Contains(PdfText.Normalize(model.Summary[^40..]), text);
    }

    [Fact]
    public void Table_header_is_repeated_on_every_page_the_table_spans()
    {
        var model = SampleModels.LargeDossier(50, 1_000);
        var pages = PdfText.Pages(Render.Pdf(model));

        var budgetPages = pages
            .Select((text, index) => (text, index))
            .Where(p => p.text.Contains("Équipements") && p.text.Contains("Autres coûts"))
            .Select(p => p.index)
            .ToArray();

        Assert.True(budgetPages.Length >= 2, $"budget table on {budgetPages.Length} page(s)");
        Assert.Equal(Enumerable.Range(budgetPages[0], budgetPages.Length), budgetPages);
        var continuation = pages[budgetPages[1]];
        var header = continuation.IndexOf("Partenaire Personnel Frais généraux", StringComparison.Ordinal);
        Assert.True(header >= 0, continuation[..200]);
        var firstRow = model.Partners.Select(p => continuation.IndexOf(PdfText.Normalize(p.Name), StringComparison.Ordinal)).Where(i => i >= 0).Min();
        Assert.True(header < firstRow, "the header comes before the rows");
    }

    [Fact]
    public void Table_rows_are_never_split_between_pages()
    {
        var model = SampleModels.LargeDossier(50, 1_000);
        using var document = PigDocument.Open(Render.Pdf(model));

        // The consortium table row of each partner holds its SIREN: name and SIREN end up on the same page.
        foreach (var partner in model.Partners)
        {
            var siren = $"{partner.Siren[..3]} {partner.Siren[3..6]} {partner.Siren[6..]}";
            var page = document.GetPages().First(p => PdfText.PageText(p).Contains(siren));
            Assert.Contains(PdfText.Normalize(partner.Name), PdfText.PageText(page));
        }
    }

    [Fact]
    public void Long_unbreakable_cell_text_wraps_inside_its_cell()
    {
        var longName = "annexe_" + new string('x', 400) + ".pdf";
        var model = SampleModels.Receipt() with
        {
            Attachments = [new AttachmentEntry(longName, 1_000, new string('a', 64))],
        };

        var pdf = Render.Pdf(model);

        var text = PdfText.All(pdf);
        Assert.Contains("annexe_", text);
        Assert.Contains(new string('x', 25), text);
        MarginAssert.AllLettersInside(pdf);
        var tablePage = PdfText.Pages(pdf).First(p => p.Contains("Pièce jointe Taille Empreinte SHA-256"));
        Assert.Contains("annexe_", tablePage);
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_and_the_header_repeated()
    {
        var hugeName = string.Concat(Enumerable.Range(0, 250).Select(i => $"partie-{i:000}-")) + "fin.pdf";
        var model = SampleModels.Receipt() with
        {
            Attachments = [new AttachmentEntry(hugeName, 1_000, new string('b', 64)), SampleModels.Attachments[0]],
        };

        var pdf = Render.Pdf(model);
        var pages = PdfText.Pages(pdf);

        MarginAssert.AllLettersInside(pdf);
        var spanned = pages.Where(p => p.Contains("partie-")).ToArray();
        Assert.True(spanned.Length >= 2, $"{spanned.Length} page(s)");
        Assert.All(spanned, p => Assert.Contains("Pièce jointe Taille Empreinte SHA-256", p));
        var text = string.Join(" ", pages).Replace(" ", "");
        Assert.Contains("partie-249-fin.pdf", text);
        Assert.Contains(SampleModels.Attachments[0].Sha256, text);
    }
}
