using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Renderers;

namespace FundingPortal.Documents.Tests;

/// <summary>
/// Every document is a tagged PDF (PDF/UA-1): a screen reader finds the language, the title, headings, paragraphs
/// and tables with header cells in reading order, and skips the running header and footer.
/// </summary>
public sealed class AccessibilityTests
{
    private static readonly PdfDocumentRenderer Renderer = new();

    public static TheoryData<string, string> KindsAndLanguages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var kind in new[] { "Receipt", "Dossier", "EvaluationSummary", "LabelCertificate", "FundingDecision" })
            {
                data.Add(kind, "fr");
                data.Add(kind, "en");
            }

            return data;
        }
    }

    private static DocumentModel Sample(string kind) => kind switch
    {
        "Receipt" => SampleModels.Receipt(),
        "Dossier" => SampleModels.Dossier(),
        "EvaluationSummary" => SampleModels.EvaluationSummary(),
        "LabelCertificate" => SampleModels.LabelCertificate(),
        _ => SampleModels.FundingDecision(),
    };

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void Every_document_is_tagged_in_its_language_with_its_title_as_the_one_first_level_heading(string kind, string language)
    {
        var pdf = Renderer.Render(Sample(kind), language);

        var tagged = TaggedPdf.Read(pdf);

        Assert.True(tagged.Marked, "MarkInfo /Marked true");
        Assert.True(tagged.DisplaysTitle, "the viewer shows the title, not the file name");
        Assert.Equal(language == "en" ? "en-GB" : "fr-FR", tagged.Language);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", tagged.Metadata);
        var document = Assert.Single(tagged.Root.Children);
        Assert.Equal("Document", document.Type);
        var title = Assert.Single(tagged.All("H1"));
        Assert.Equal(PdfText.Normalize(PdfTitle(pdf)), PdfText.Normalize(title.Text));
        Assert.NotEmpty(tagged.All("H2"));
        Assert.All(tagged.All("H2").Concat(tagged.All("P")), n => Assert.False(string.IsNullOrWhiteSpace(n.Text), $"empty {n.Type}"));
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void No_text_is_drawn_outside_a_tag_and_the_running_header_and_footer_are_artifacts(string kind, string language)
    {
        var tagged = TaggedPdf.Read(Renderer.Render(Sample(kind), language));

        Assert.Empty(tagged.UntaggedText);
        var artifacts = string.Join("\n", tagged.ArtifactText);
        Assert.Contains($"page 1 / {tagged.PageCount}", artifacts);
        Assert.Contains("FundingPortal", artifacts);
        Assert.DoesNotContain(tagged.Root.Descendants(), n => n.Children.Count == 0 && n.Text.Contains("page 1 /", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_has_column_header_cells_once_even_when_it_spans_pages_and_key_values_have_row_headers()
    {
        var model = SampleModels.LargeDossier(50, 1_000);

        var tagged = TaggedPdf.Read(Renderer.Render(model));

        Assert.True(tagged.PageCount > 3);
        var budget = tagged.All("Table").First(t => t.Text.Contains("Frais généraux", StringComparison.Ordinal));
        var headerRows = budget.Children.Where(r => r.Children.Any(c => c.Type == "TH" && c.Scope == "Column")).ToList();
        var header = Assert.Single(headerRows);
        Assert.StartsWith("Partenaire", header.Children[0].Text);
        var bodyRows = budget.Children.Except(headerRows).ToList();
        Assert.All(bodyRows, row => Assert.All(row.Children, cell => Assert.Equal("TD", cell.Type)));
        Assert.All(model.Partners, p => Assert.Contains(bodyRows, row => PdfText.Normalize(row.Children[0].Text) == PdfText.Normalize(p.Name)));

        var keyValues = tagged.All("Table").First(t => t.Children.All(r => r.Children.FirstOrDefault()?.Scope == "Row"));
        Assert.All(keyValues.Children, row => Assert.Equal(["TH", "TD"], row.Children.Select(c => c.Type)));
    }

    [Fact]
    public void Reading_order_follows_the_page_sections_in_order()
    {
        var tagged = TaggedPdf.Read(Renderer.Render(SampleModels.Receipt()));

        var headings = tagged.All("H2").Select(h => PdfText.Normalize(h.Text)).ToList();

        Assert.Equal(headings.OrderBy(h => h, StringComparer.Ordinal), headings);
        Assert.StartsWith("1.", headings[0]);
    }

    private static string PdfTitle(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.Information.Title ?? "";
    }
}
