using System.Net;
using System.Net.Http.Json;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Consent;

/// <summary>An organisation and a dossier each keep at most 50 open invitations; inviting an address again is never refused.</summary>
[Collection(Collections.Consent)]
public sealed class InvitationCapTests(ApiFactory factory) : PortalTest(factory)
{
    private const int MaxOpen = 50;
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task An_organisation_keeps_at_most_50_open_invitations_and_an_address_already_invited_gets_its_invitation_back()
    {
        var (member, organisationId, _) = await _api.NewApplicant();
        await AssertCap(member, $"/api/organisations/{organisationId}/invitations", email => new { email });
    }

    [Fact]
    public async Task A_dossier_keeps_at_most_50_open_partner_invitations_and_an_address_already_invited_gets_its_invitation_back()
    {
        var c = await Consortium.Create(factory);
        await AssertCap(c.Lead, $"/api/proposals/{c.ProposalId}/partner-invitations", email => new { email });
    }

    private static async Task AssertCap(HttpClient inviter, string path, Func<string, object> body)
    {
        var batch = Guid.NewGuid().ToString("N");
        var ids = new List<Guid>();
        for (var i = 0; i < MaxOpen; i++)
        {
            ids.Add(await Invite(inviter, path, body($"cap-{i}-{batch}@example.test")));
        }

        await ApiClient.AssertProblem(await inviter.PostAsJsonAsync(path, body($"one-too-many-{batch}@example.test")),
            HttpStatusCode.Conflict, "too_many_invitations");
        Assert.Equal(ids[7], await Invite(inviter, path, body($"CAP-7-{batch}@EXAMPLE.TEST")));

        Assert.Equal(HttpStatusCode.NoContent, (await inviter.PostAsync($"/api/invitations/{ids[0]}/revoke", null)).StatusCode);
        Assert.DoesNotContain(await Invite(inviter, path, body($"one-too-many-{batch}@example.test")), ids);
    }

    private static async Task<Guid> Invite(HttpClient inviter, string path, object body)
    {
        var response = await inviter.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await ApiClient.ReadObject(response))["id"]!.GetValue<Guid>();
    }
}
