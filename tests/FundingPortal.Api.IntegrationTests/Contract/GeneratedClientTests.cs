using System.Net.Http.Headers;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using Client = FundingPortal.GeneratedClient;

namespace FundingPortal.Api.IntegrationTests.Contract;

/// <summary>The client NSwag generates from the committed document at build time (tests/FundingPortal.ApiClient) runs a journey.</summary>
[Collection(Collections.Proposals)]
public sealed class GeneratedClientTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task A_generated_client_signs_up_creates_an_organisation_lists_the_calls_and_drafts_a_dossier()
    {
        var call = await CallBuilder.CreatePublished(await _api.Manager(), new DateTime(2026, 5, 1, 9, 0, 0), new DateTime(2026, 10, 19, 18, 0, 0));
        var callId = call["id"]!.GetValue<Guid>();

        var http = factory.CreateClient();
        var client = new Client.FundingPortalClient(http);
        var email = $"integrateur-{Guid.NewGuid():N}@example.test";
        await client.RegisterAccountAsync(new Client.CredentialsRequest { Email = email, Password = ApiClient.Password });
        var tokens = await client.PostAuthLoginAsync(new Client.LoginRequest { Email = email, Password = ApiClient.Password });
        Assert.Equal("Bearer", tokens.TokenType);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        var organisation = await client.CreateOrganisationAsync(new Client.CreateOrganisationRequest
        {
            Name = "Intégrateur Ouest SAS", Siren = TestSirens.Next(), Category = Client.OrganisationCategory.Sme, Region = "FR-BRE",
        });
        var calls = new List<Client.CallSummary>();
        string? cursor = null;
        do
        {
            var page = await client.ListCallsAsync(limit: 2, cursor: cursor);
            calls.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Contains(calls, c => c.Id == callId && c.Status == Client.CallStatus.Open);
        Assert.Equal(calls.Count, calls.Select(c => c.Id).Distinct().Count());

        var draft = await client.CreateProposalAsync(callId, new Client.ProposalFieldsRequest
        {
            Acronym = "GEN-1", Title = "Un dossier déposé par un client généré", Summary = "Résumé.", Keywords = ["openapi"],
            TrlStart = 3, TrlTarget = 6, DurationMonths = 36,
        });
        var read = await client.GetProposalAsync(draft.Id);
        Assert.Equal("GEN-1", read.Acronym);
        Assert.Equal(organisation.Id, read.LeadOrganisationId);

        // Files go through the generated client too: upload, replace, remove.
        var annex = await client.UploadAttachmentAsync(draft.Id, new Client.FileParameter(new MemoryStream(TestPdfs.OnePage("Annexe")), "annexe.pdf", "application/pdf"), Client.Kind.Annex);
        var signed = await client.ReplaceAttachmentAsync(draft.Id, annex.Id, new Client.FileParameter(new MemoryStream(TestPdfs.OnePage("Annexe signée")), "annexe signée.pdf", "application/pdf"));
        Assert.Equal("annexe signée.pdf", signed.FileName);
        await client.RemoveAttachmentAsync(draft.Id, signed.Id);
        Assert.Empty((await client.GetProposalAsync(draft.Id)).Attachments);

        // A problem answer reaches the integrator as a typed exception carrying our problem and its code.
        var refused = await Assert.ThrowsAsync<Client.ApiException<Client.Problem>>(() => client.CreateProposalAsync(Guid.NewGuid(), new Client.ProposalFieldsRequest
        {
            Acronym = "GEN-2", Title = "Dans un appel qui n'existe pas", Summary = "Résumé.", Keywords = [], TrlStart = 3, TrlTarget = 6, DurationMonths = 36,
        }));
        Assert.Equal(404, refused.StatusCode);
        Assert.Equal("not_found", refused.Result.Code);
    }
}
