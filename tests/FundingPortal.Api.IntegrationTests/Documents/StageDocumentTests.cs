using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;
using UglyToad.PdfPig;

namespace FundingPortal.Api.IntegrationTests.Documents;

/// <summary>The committee's decision produces the evaluation summary and, for a label, the numbered certificate.</summary>
[Collection(Collections.CoFunding)]
public sealed class StageDocumentTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task A_labelled_dossier_gets_its_evaluation_summary_and_label_certificate_for_the_consortium()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("LUMIÈRE", ["IA"]);
        var first = await s.NewExpert("Dr Alpha", ["IA"]);
        var second = await s.NewExpert("Dr Bêta", ["IA"]);
        s.Close();
        await s.AutoAssign();
        Assert.Equal((0, 2), await ReviewProgress(s));
        await ReviewScenario.SubmitReview(first, await ReviewScenario.AssignmentOf(first, dossier), ReviewScenario.Review(4));
        await ReviewScenario.SubmitReview(second, await ReviewScenario.AssignmentOf(second, dossier), ReviewScenario.Review(3.5m));
        Assert.Equal((2, 2), await ReviewProgress(s));
        var decision = await ApiClient.ReadObject(await s.Decide(dossier, "Labelled"));
        var certificate = decision["certificateNumber"]!.GetValue<string>();

        JsonArray documents = [];
        for (var i = 0; i < 200 && documents.Count(d => d!["status"]!.GetValue<string>() == "Ready") < 4; i++)
        {
            await Task.Delay(100);
            documents = (await dossier.Lab.Client.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/documents"))!;
        }

        var kinds = documents.Where(d => d!["status"]!.GetValue<string>() == "Ready").Select(d => d!["kind"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["Dossier", "EvaluationSummary", "LabelCertificate", "Receipt"], kinds);

        var label = documents.Single(d => d!["kind"]!.GetValue<string>() == "LabelCertificate")!;
        var bytes = await dossier.Lead.Client.GetByteArrayAsync($"/api/documents/{label["id"]}");
        using (var pdf = PdfDocument.Open(bytes))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains(certificate, text, StringComparison.Ordinal);
            Assert.Contains("LUMIÈRE", text, StringComparison.Ordinal);
        }

        var summary = documents.Single(d => d!["kind"]!.GetValue<string>() == "EvaluationSummary")!;
        using (var pdf = PdfDocument.Open(await dossier.Lead.Client.GetByteArrayAsync($"/api/documents/{summary["id"]}")))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("Expert A", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Dr Alpha", text, StringComparison.Ordinal);
        }

        JsonArray notifications = [];
        for (var i = 0; i < 100 && !notifications.Any(n => n!["title"]!.GetValue<string>() == "Décision de labellisation : LUMIÈRE"); i++)
        {
            await Task.Delay(100);
            notifications = (await dossier.Large.Client.GetItemsAsync("/api/notifications"))!;
        }

        var notice = notifications.Single(n => n!["title"]!.GetValue<string>() == "Décision de labellisation : LUMIÈRE")!;
        Assert.Contains(certificate, notice["body"]!.GetValue<string>(), StringComparison.Ordinal);

        var stranger = await s.NewApplicant("Sme", "FR-BRE");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/api/documents/{label["id"]}")).StatusCode);
    }

    private static async Task<(int Submitted, int Total)> ReviewProgress(ReviewScenario s)
    {
        var dashboard = await s.Manager.GetFromJsonAsync<JsonObject>("/api/dashboard");
        var progress = dashboard!["calls"]!.AsArray().Single(c => c!["callId"]!.GetValue<Guid>() == s.CallId)!["reviewProgress"]!;
        return (progress["submitted"]!.GetValue<int>(), progress["total"]!.GetValue<int>());
    }
}
