using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;
using UglyToad.PdfPig;

namespace FundingPortal.Api.IntegrationTests.Clusters;

/// <summary>The label certificate of a co-labelled project names the call's cluster and every partner cluster that labelled it.</summary>
[Collection(Collections.CoFunding)]
public sealed class CoLabelledCertificateTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task The_certificate_names_both_clusters_once_the_partner_cluster_has_labelled_too()
    {
        var s = await ReviewScenario.Create(factory);
        var tes = await Alliance.AddCluster(s.Api, "TES");
        var dossier = await s.SubmitDossier("MACAREUX", ["IA"], coLabellingClusters: [tes.ClusterId]);
        var first = await s.NewExpert("Dr Alpha", ["IA"]);
        var second = await s.NewExpert("Dr Bêta", ["IA"]);
        s.Close();
        await s.AutoAssign();
        await ReviewScenario.SubmitReview(first, await ReviewScenario.AssignmentOf(first, dossier), ReviewScenario.Review(4));
        await ReviewScenario.SubmitReview(second, await ReviewScenario.AssignmentOf(second, dossier), ReviewScenario.Review(3.5m));
        await Consortium.Expect(s.Decide(dossier, "Labelled"), HttpStatusCode.OK);
        var before = await CertificateText(dossier, text => text.Contains("MACAREUX", StringComparison.Ordinal));
        Assert.Contains("Images & Réseaux", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Pôle TES", before, StringComparison.Ordinal);

        var decided = await tes.Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/co-labelling-decision",
            new { clusterId = tes.ClusterId, outcome = "Labelled", motivation = "Projet stratégique pour la filière." });
        Assert.True(decided.StatusCode == HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());

        Assert.Equal(1, (await s.Manager.GetFromJsonAsync<JsonObject>("/api/dashboard"))!["coLabelledProjects"]!.GetValue<int>());
        Assert.Equal(0, (await tes.Manager.GetFromJsonAsync<JsonObject>("/api/dashboard"))!["coLabelledProjects"]!.GetValue<int>());

        var after = await CertificateText(dossier, text => text.Contains("Pôle TES", StringComparison.Ordinal));
        Assert.Contains("Images & Réseaux", after, StringComparison.Ordinal);
        Assert.Contains("Le pôle de compétitivité Images & Réseaux atteste", after, StringComparison.Ordinal); // the issuer is the call's cluster
        Assert.Contains("Pôle TES", after, StringComparison.Ordinal);
        Assert.Contains("Pôles labellisateurs", after, StringComparison.Ordinal);
    }

    private static async Task<string> CertificateText(Dossier dossier, Func<string, bool> ready)
    {
        var text = string.Empty;
        for (var i = 0; i < 300 && !ready(text); i++)
        {
            await Task.Delay(100);
            var documents = (await dossier.Lead.Client.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/documents"))!;
            if (documents.FirstOrDefault(d => d!["kind"]!.GetValue<string>() == "LabelCertificate" && d["status"]!.GetValue<string>() == "Ready") is { } label)
            {
                using var pdf = PdfDocument.Open(await dossier.Lead.Client.GetByteArrayAsync($"/api/documents/{label["id"]}"));
                text = string.Join(" ", pdf.GetPages().Select(p => p.Text)).Replace('\u00A0', ' ');
            }
        }

        return text;
    }
}
