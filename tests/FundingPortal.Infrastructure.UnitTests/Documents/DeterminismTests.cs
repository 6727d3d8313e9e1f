using FundingPortal.Domain.Documents;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FundingPortal.Application.Documents;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace FundingPortal.Documents.Tests;

public sealed class DeterminismTests
{
    public static TheoryData<string> Kinds() => new(Enum.GetNames<DocumentKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_same_model_gives_the_same_bytes(string kind)
    {
        var model = SampleModels.All().Single(m => m.Kind.ToString() == kind);

        var first = Render.Pdf(model);
        var second = Render.Pdf(model);

        Assert.Equal(Convert.ToHexString(SHA256.HashData(first)), Convert.ToHexString(SHA256.HashData(second)));
    }

    [Fact]
    public void Bytes_do_not_depend_on_the_current_culture()
    {
        var model = SampleModels.Dossier();
        var reference = Render.Pdf(model);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "fr-FR", "fi-FI", "ar-SA", "th-TH" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(name);
                Assert.Equal(reference, Render.Pdf(model));
                Assert.Equal(name, CultureInfo.CurrentCulture.Name);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Concurrent_renders_give_the_same_bytes()
    {
        var models = SampleModels.All().ToArray();
        var expected = models.Select(Render.Pdf).ToArray();

        var results = new byte[models.Length * 8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => results[i] = Render.Pdf(models[i % models.Length]));

        for (var i = 0; i < results.Length; i++)
            Assert.Equal(expected[i % models.Length], results[i]);
    }

    [Fact]
    public void Metadata_dates_come_from_the_model()
    {
        using var document = PigDocument.Open(Render.Pdf(SampleModels.Receipt()));

        Assert.StartsWith("D:20271019155958", document.Information.CreationDate);
        Assert.StartsWith("D:20271019155958", document.Information.ModifiedDate);
        Assert.Equal("Accusé de réception", document.Information.Title);
    }

    [Fact]
    public void File_identifier_is_derived_from_the_document_key()
    {
        var receipt = SampleModels.Receipt();
        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(receipt.DocumentKey)).AsSpan(0, 16));

        var pdf = Encoding.Latin1.GetString(Render.Pdf(receipt));
        var other = Encoding.Latin1.GetString(Render.Pdf(receipt with { ReceiptNumber = "AR-2027-009999" }));

        Assert.Contains($"/ID[<{expected}><{expected}>]", pdf);
        Assert.DoesNotContain(expected, other);
    }
}
