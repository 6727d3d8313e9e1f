namespace FundingPortal.Documents.Tests;

public sealed class TextCoverageTests
{
    [Fact]
    public void Characters_outside_Windows_1252_are_drawn_and_extractable()
    {
        var receipt = SampleModels.Receipt();
        var partners = receipt.Partners.ToList();
        partners[1] = partners[1] with { Name = "Łódź Photonics — Ørsted ≥ 2 ŒUVRE « ½ »" };

        var text = Render.Text(receipt with { Partners = partners });

        Assert.Contains("Łódź Photonics — Ørsted ≥ 2 ŒUVRE « ½ »", text);
    }

    [Fact]
    public void Narrow_no_break_spaces_from_culture_formatting_are_drawn()
    {
        var receipt = SampleModels.Receipt();
        var partners = receipt.Partners.ToList();
        partners[0] = partners[0] with { Name = "Groupe 1\u202F234 Électronique" };

        var text = Render.Text(receipt with { Partners = partners });

        Assert.Contains("Groupe 1 234 Électronique", text);
    }

    [Fact]
    public void Characters_missing_from_the_font_do_not_break_rendering()
    {
        var receipt = SampleModels.Receipt();
        var model = receipt with { Project = receipt.Project with { Title = "Projet 北京 🚢 maritime\u0007 avec\ttabulation" } };

        var text = Render.Text(model);

        Assert.Contains("Projet", text);
        Assert.Contains("maritime", text);
    }
}
