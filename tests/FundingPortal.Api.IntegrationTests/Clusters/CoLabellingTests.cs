using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Notifications;

namespace FundingPortal.Api.IntegrationTests.Clusters;

/// <summary>
/// The lead asks a partner cluster to co-label before submission; that cluster's managers then read the submitted dossier
/// (never the draft, never another dossier of the call) and record their decision, which reaches the consortium.
/// </summary>
[Collection(Collections.Notifications)]
public sealed class CoLabellingTests(MailingApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task A_partner_cluster_reads_the_submitted_dossier_only_and_its_decision_reaches_the_consortium()
    {
        var tes = await Alliance.AddCluster(_api, "TES");
        var emc2 = await Alliance.AddCluster(_api, "EMC");
        var dossier = await Consortium.Create(factory);
        await dossier.MakeEligible();
        var path = $"/api/proposals/{dossier.ProposalId}/co-labelling";

        await ApiClient.AssertProblem(await dossier.Lead.PutAsJsonAsync(path, new { clusterIds = new[] { dossier.Call["clusterId"]!.GetValue<Guid>() } }),
            HttpStatusCode.BadRequest, "co_labelling_own_cluster");
        await ApiClient.AssertProblem(await dossier.Lead.PutAsJsonAsync(path, new { clusterIds = new[] { Guid.NewGuid() } }), HttpStatusCode.BadRequest, "unknown_cluster");
        await ApiClient.AssertProblem(await dossier.Lab.PutAsJsonAsync(path, new { clusterIds = new[] { tes.ClusterId } }), HttpStatusCode.Forbidden, "forbidden");
        var asked = await dossier.Lead.PutAsJsonAsync(path, new { clusterIds = new[] { tes.ClusterId } });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(tes.ClusterId, (await ApiClient.ReadObject(asked))["clusters"]![0]!["clusterId"]!.GetValue<Guid>());

        // Never the draft.
        Assert.Equal(HttpStatusCode.NotFound, (await tes.Manager.GetAsync($"/api/proposals/{dossier.ProposalId}")).StatusCode);
        await Consortium.Expect(dossier.Submit(), HttpStatusCode.OK);
        await ApiClient.AssertProblem(await dossier.Lead.PutAsJsonAsync(path, new { clusterIds = Array.Empty<Guid>() }), HttpStatusCode.Conflict, "already_submitted");

        // Then the submitted dossier and its evaluation, read-only; never another dossier of the call.
        var (other, _, _) = await _api.NewApplicant("Sme", "FR-NOR", "Autre Entreprise SAS");
        var otherDossier = await ApiClient.ReadObject(await other.PostAsJsonAsync($"/api/calls/{dossier.CallId}/proposals", Consortium.ValidFields));
        Assert.Contains("OCÉAN-5G", await tes.Manager.GetStringAsync($"/api/proposals/{dossier.ProposalId}"));
        Assert.Equal(HttpStatusCode.OK, (await tes.Manager.GetAsync($"/api/proposals/{dossier.ProposalId}/evaluation")).StatusCode);
        var listed = (await tes.Manager.GetItemsAsync("/api/proposals"))!.Select(p => p!["id"]!.GetValue<Guid>()).ToList();
        Assert.Equal([dossier.ProposalId], listed);
        Assert.Equal(HttpStatusCode.NotFound, (await tes.Manager.GetAsync($"/api/proposals/{otherDossier["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tes.Manager.GetAsync($"/api/calls/{dossier.CallId}")).StatusCode);
        await ApiClient.AssertProblem(await tes.Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/screening", new { eligible = true }),
            HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.NotFound, (await emc2.Manager.GetAsync($"/api/proposals/{dossier.ProposalId}")).StatusCode);

        var decision = $"/api/proposals/{dossier.ProposalId}/co-labelling-decision";
        await ApiClient.AssertProblem(await emc2.Manager.PostAsJsonAsync(decision, new { clusterId = emc2.ClusterId, outcome = "Labelled", motivation = "Bien." }),
            HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await tes.Manager.PostAsJsonAsync(decision, new { clusterId = emc2.ClusterId, outcome = "Labelled", motivation = "Bien." }),
            HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await tes.Manager.PostAsJsonAsync(decision, new { clusterId = tes.ClusterId, outcome = "Labelled", motivation = " " }),
            HttpStatusCode.BadRequest, "validation_failed");
        var decided = await tes.Manager.PostAsJsonAsync(decision, new { clusterId = tes.ClusterId, outcome = "Labelled", motivation = "Projet au cœur de notre feuille de route." });
        Assert.True(decided.StatusCode == HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        Assert.Equal("Labelled", (await ApiClient.ReadObject(decided))["clusters"]![0]!["outcome"]!.GetValue<string>());
        await ApiClient.AssertProblem(await tes.Manager.PostAsJsonAsync(decision, new { clusterId = tes.ClusterId, outcome = "NotLabelled", motivation = "Finalement non." }),
            HttpStatusCode.Conflict, "co_labelling_already_decided");

        var told = await factory.Mail.WaitFor(await EventNotificationTests.EmailOf(dossier.Lab), m => m.Subject.StartsWith("Décision de co-labellisation : OCÉAN-5G", StringComparison.Ordinal));
        Assert.Contains("Projet au cœur de notre feuille de route.", told.Text, StringComparison.Ordinal);
        Assert.Contains((await dossier.Lead.GetItemsAsync("/api/notifications"))!, n => n!["title"]!.GetValue<string>() == "Décision de co-labellisation : OCÉAN-5G");
        var history = (await dossier.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/history"))!;
        Assert.Contains(history, e => e!["action"]!.GetValue<string>() == "co_labelling_decided");
        Assert.Equal("Labelled", (await dossier.Lead.GetFromJsonAsync<JsonObject>(path))!["clusters"]![0]!["outcome"]!.GetValue<string>());
    }
}
