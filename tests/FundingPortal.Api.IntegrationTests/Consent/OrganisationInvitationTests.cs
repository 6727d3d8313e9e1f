using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Consent;

[Collection(Collections.Consent)]
public sealed class OrganisationInvitationTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task The_members_endpoint_answers_the_same_202_whoever_the_address_belongs_to()
    {
        var (member, organisationId, _) = await _api.NewApplicant();
        var (_, colleagueEmail, _) = await _api.NewUser("colleague");
        var (_, _, elsewhereEmail) = await _api.NewApplicant();
        var memberEmail = (await member.GetFromJsonAsync<JsonObject>("/api/me"))!["email"]!.GetValue<string>();
        string[] addresses = [$"nobody-{Guid.NewGuid():N}@example.test", colleagueEmail, elsewhereEmail, memberEmail];

        var answers = new List<string>();
        foreach (var email in addresses)
        {
            var response = await member.PostAsJsonAsync($"/api/organisations/{organisationId}/members", new { email });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var body = await ApiClient.ReadObject(response);
            Assert.NotEqual(Guid.Empty, body["invitationId"]!.GetValue<Guid>());
            answers.Add(string.Join(",", body.Select(p => p.Key)));
        }

        Assert.Single(answers.Distinct());
        var (outsider, _, _) = await _api.NewApplicant();
        await ApiClient.AssertProblem(await outsider.PostAsJsonAsync($"/api/organisations/{organisationId}/members", new { email = colleagueEmail }),
            HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.AssertProblem(await member.PostAsJsonAsync($"/api/organisations/{organisationId}/members", new { email = "not an address" }),
            HttpStatusCode.BadRequest, "invalid_email");
    }

    [Fact]
    public async Task A_colleague_without_an_account_follows_the_email_registers_confirms_and_accepts()
    {
        var (member, organisationId, memberEmail) = await _api.NewApplicant(name: "Ondes d'Armor SAS");
        var email = $"nouvelle.collegue-{Guid.NewGuid():N}@ondes-armor.test";
        var created = await member.PostAsJsonAsync($"/api/organisations/{organisationId}/invitations", new { email });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var invitation = await ApiClient.ReadObject(created);
        var invitationId = invitation["id"]!.GetValue<Guid>();
        Assert.Equal(email, invitation["email"]!.GetValue<string>());
        Assert.Equal(factory.Clock.GetUtcNow().AddDays(14), invitation["expiresAt"]!.GetValue<DateTimeOffset>());

        var mail = await _api.Mailbox.WaitFor(email, "Invitation à rejoindre Ondes d'Armor SAS");
        Assert.Contains(memberEmail, mail.Text, StringComparison.Ordinal);
        Assert.Contains("valable jusqu'au", mail.Text, StringComparison.Ordinal);
        Assert.Equal($"/inscription?email={Uri.EscapeDataString(email)}&retour=%2Finvitations", mail.LinkTo("/inscription"));
        Assert.Equal("/invitations", mail.LinkTo("/invitations"));

        // Registered but not confirmed: the invitation is neither listed nor answerable yet.
        Assert.Equal(HttpStatusCode.OK, (await _api.Anonymous().PostAsJsonAsync("/api/auth/register", new { email, password = ApiClient.Password })).StatusCode);
        var colleague = await _api.Login(email);
        Assert.Empty((await colleague.GetFromJsonAsync<JsonArray>("/api/me/invitations"))!);
        await ApiClient.AssertProblem(await colleague.PostAsync($"/api/invitations/{invitationId}/accept", null), HttpStatusCode.Conflict, "email_not_confirmed");

        await _api.ConfirmEmail(email);
        var mine = Assert.Single((await colleague.GetFromJsonAsync<JsonArray>("/api/me/invitations"))!)!.AsObject();
        Assert.Equal("Organisation", mine["kind"]!.GetValue<string>());
        Assert.Equal("Ondes d'Armor SAS", mine["organisationName"]!.GetValue<string>());
        Assert.Equal(memberEmail, mine["invitedBy"]!.GetValue<string>());
        Assert.Null(mine["proposalReference"]?.GetValue<string>());

        var accepted = await colleague.PostAsync($"/api/invitations/{invitationId}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Accepted", (await ApiClient.ReadObject(accepted))["status"]!.GetValue<string>());
        var me = await colleague.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.Equal(organisationId, me!["organisationId"]!.GetValue<Guid>());
        Assert.Contains("Applicant", me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        var members = await member.GetFromJsonAsync<JsonArray>($"/api/organisations/{organisationId}/members");
        Assert.Contains(members!, m => m!["email"]!.GetValue<string>() == email);
        Assert.Empty((await member.GetFromJsonAsync<JsonArray>($"/api/organisations/{organisationId}/invitations"))!);
        Assert.Empty((await colleague.GetFromJsonAsync<JsonArray>("/api/me/invitations"))!);
    }

    [Fact]
    public async Task Only_the_addressee_may_answer_and_a_member_of_another_organisation_cannot_join_a_second()
    {
        var (member, organisationId, _) = await _api.NewApplicant();
        var (invitee, inviteeEmail, _) = await _api.NewUser("invitee");
        var (someoneElse, _, _) = await _api.NewUser("someone-else");
        var id = await Invite(member, organisationId, inviteeEmail);

        await ApiClient.AssertProblem(await someoneElse.PostAsync($"/api/invitations/{id}/accept", null), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await someoneElse.PostAsync($"/api/invitations/{id}/decline", null), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await invitee.PostAsync($"/api/invitations/{Guid.NewGuid()}/accept", null), HttpStatusCode.NotFound, "not_found");

        var (elsewhere, _, elsewhereEmail) = await _api.NewApplicant();
        var second = await Invite(member, organisationId, elsewhereEmail);
        await ApiClient.AssertProblem(await elsewhere.PostAsync($"/api/invitations/{second}/accept", null), HttpStatusCode.Conflict, "already_member_elsewhere");
        var me = await elsewhere.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.NotEqual(organisationId, me!["organisationId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Revoked_used_and_expired_invitations_are_refused_with_stable_codes()
    {
        var (member, organisationId, _) = await _api.NewApplicant();
        var (invitee, inviteeEmail, _) = await _api.NewUser("invitee");
        var (outsider, _, _) = await _api.NewApplicant();

        var revoked = await Invite(member, organisationId, inviteeEmail);
        await ApiClient.AssertProblem(await outsider.PostAsync($"/api/invitations/{revoked}/revoke", null), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.NoContent, (await member.PostAsync($"/api/invitations/{revoked}/revoke", null)).StatusCode);
        await ApiClient.AssertProblem(await invitee.PostAsync($"/api/invitations/{revoked}/accept", null), HttpStatusCode.BadRequest, "invitation_revoked");

        var declined = await Invite(member, organisationId, inviteeEmail);
        Assert.Equal(HttpStatusCode.NoContent, (await invitee.PostAsync($"/api/invitations/{declined}/decline", null)).StatusCode);
        await ApiClient.AssertProblem(await invitee.PostAsync($"/api/invitations/{declined}/accept", null), HttpStatusCode.BadRequest, "invitation_used");
        await ApiClient.AssertProblem(await member.PostAsync($"/api/invitations/{declined}/revoke", null), HttpStatusCode.BadRequest, "invitation_used");

        var expired = await Invite(member, organisationId, inviteeEmail);
        factory.Clock.Advance(TimeSpan.FromDays(14));
        await ApiClient.AssertProblem(await invitee.PostAsync($"/api/invitations/{expired}/accept", null), HttpStatusCode.BadRequest, "invitation_expired");
        Assert.Empty((await invitee.GetFromJsonAsync<JsonArray>("/api/me/invitations"))!);
        var me = await invitee.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.Null(me!["organisationId"]?.GetValue<Guid?>());
    }

    [Fact]
    public async Task Inviting_the_same_address_twice_keeps_one_invitation_and_one_email()
    {
        var (member, organisationId, _) = await _api.NewApplicant();
        var email = $"twice-{Guid.NewGuid():N}@example.test";
        var first = await Invite(member, organisationId, email);
        var second = await Invite(member, organisationId, email.ToUpperInvariant());
        Assert.Equal(first, second);
        await _api.Mailbox.WaitFor(email, "Invitation à rejoindre");
        await Task.Delay(500);
        Assert.Single(await _api.Mailbox.To(email));
        var pending = await member.GetFromJsonAsync<JsonArray>($"/api/organisations/{organisationId}/invitations");
        Assert.Equal(first, Assert.Single(pending!)!["id"]!.GetValue<Guid>());
    }

    private static async Task<Guid> Invite(HttpClient member, Guid organisationId, string email)
    {
        var response = await member.PostAsJsonAsync($"/api/organisations/{organisationId}/invitations", new { email });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await ApiClient.ReadObject(response))["id"]!.GetValue<Guid>();
    }
}
