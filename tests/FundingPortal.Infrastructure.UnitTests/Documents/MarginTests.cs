using FundingPortal.Application.Documents;

namespace FundingPortal.Documents.Tests;

public sealed class MarginTests
{
    public static TheoryData<string> Samples() => new(SampleModels.All().Select(m => m.Kind.ToString()));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_letter_of_every_sample_is_inside_the_margins(string kind)
    {
        var model = SampleModels.All().Single(m => m.Kind.ToString() == kind);

        MarginAssert.AllLettersInside(Render.Pdf(model));
    }

    [Fact]
    public void Every_letter_of_a_large_dossier_is_inside_the_margins() =>
        MarginAssert.AllLettersInside(Render.Pdf(SampleModels.LargeDossier(50, 20_000)));

    [Fact]
    public void Huge_amounts_stay_inside_their_columns()
    {
        var dossier = SampleModels.Dossier();
        var huge = new PartnerBudget(123_456_789.12m, 98_765_432.10m, 1_234_567.89m, 9_876_543.21m, 555_555.55m);
        var model = dossier with
        {
            Partners = [.. dossier.Partners.Select(p => p with { Budget = huge })],
        };

        var pdf = Render.Pdf(model);

        MarginAssert.AllLettersInside(pdf);
        Assert.Contains("1 403 333 327,22", PdfText.All(pdf));
    }
}
