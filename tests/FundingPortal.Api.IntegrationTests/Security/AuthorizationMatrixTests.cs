using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Clusters;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Proposals;
using FundingPortal.Api.IntegrationTests.Security.Suite;

namespace FundingPortal.Api.IntegrationTests.Security;

/// <summary>
/// Every endpoint of the OpenAPI document × callers who have no business with the victim's dossier: anonymous, a user
/// without organisation, an applicant of another organisation, an expert and a funder officer who are not involved,
/// an expert who was assigned to it and then declared a conflict, and an outside member of the call's committee who sits on
/// no session. Path parameters name the victim's real objects
/// (its dossier, call, organisation, attachment, its expert's assignment, its receipt, its lead's notification and
/// account, its organisation's pending invitation and join request…), found by the kind of resource they sit under, so a new endpoint is aimed at them by itself.
/// A manager of another cluster of the alliance is one of those callers too (ADR 0029). None may get
/// a 5xx, anonymous gets 401 outside the public paths, no 2xx body may contain any of the victim's secret markers,
/// and the victim's dossier is unchanged at the end.
/// </summary>
[Collection(Collections.Security)]
public sealed class AuthorizationMatrixTests(ApiFactory factory) : PortalTest(factory)
{
    // The calendar feed's secret URL is its own credential (calendar apps send no header): a forged one is a 404.
    private static readonly string[] PublicPrefixes = ["/health", "/openapi", "/api/auth/", "/scalar", "/api/calendar/", "/api/verify/"];

    [Fact]
    public async Task No_endpoint_leaks_another_organisations_dossier_to_anyone()
    {
        var api = new ApiClient(factory);
        var token = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var victim = await Consortium.Create(factory);
        var secretAcronym = $"SECRET-{token}";
        await Consortium.Expect(victim.Lead.PutAsJsonAsync($"/api/proposals/{victim.ProposalId}", new
        {
            acronym = secretAcronym, title = $"Titre confidentiel {token}", summary = $"Résumé confidentiel {token}", keywords = new[] { token }, trlStart = 3, trlTarget = 6, durationMonths = 36,
        }), HttpStatusCode.OK);
        await victim.MakeEligible();
        await Consortium.Expect(victim.Lead.PutAsJsonAsync($"/api/proposals/{victim.ProposalId}/partners/{victim.LeadOrganisationId}/budget",
            new { personnel = 612_345.67m, overheads = 100_000m }), HttpStatusCode.OK);
        var file = new ByteArrayContent(AttachmentTests.MinimalPdf());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        var upload = await victim.Lead.PostAsync($"/api/proposals/{victim.ProposalId}/attachments",
            new MultipartFormDataContent { { file, "file", $"annexe-{token}.pdf" }, { new StringContent("Annex"), "kind" } });
        var attachmentId = (await ApiClient.ReadObject(upload))["id"]!.GetValue<string>();
        await Consortium.Expect(victim.Submit(), HttpStatusCode.OK);
        var leadUserId = (await victim.Lead.GetFromJsonAsync<JsonObject>("/api/me"))!["userId"]!.GetValue<string>();
        var reference = (await victim.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{victim.ProposalId}"))!["reference"]!.GetValue<string>();
        string[] secrets = [token, secretAcronym, reference, "612345.67", "612 345,67"];

        // The oracle can fail: the owner does see the markers.
        Assert.Contains(secretAcronym, await victim.Lead.GetStringAsync($"/api/proposals/{victim.ProposalId}"));

        var manager = await api.Manager();
        factory.Clock.SetUtcNow(victim.DeadlineUtc.AddMinutes(1));
        var (victimsExpert, victimsExpertId) = await NewExpert(api, manager, victim.CallId);
        var (conflicted, conflictedExpertId) = await NewExpert(api, manager, victim.CallId);
        var victimsAssignment = await Assign(manager, victim.ProposalId, victimsExpertId);
        var conflictedAssignment = await Assign(manager, victim.ProposalId, conflictedExpertId);
        Assert.Contains(secretAcronym, await victimsExpert.GetStringAsync($"/api/proposals/{victim.ProposalId}"));
        await Consortium.Expect(conflicted.PostAsJsonAsync("/api/experts/me/conflicts", new { proposalId = victim.ProposalId, reason = "Ancien employeur du chef de file." }),
            HttpStatusCode.Created);

        // The victim organisation's pending consent: an invitation it sent, a join request it received.
        var invitation = await victim.Lead.PostAsJsonAsync($"/api/organisations/{victim.LeadOrganisationId}/invitations", new { email = $"invitee-{token}@example.test" });
        Assert.True(invitation.IsSuccessStatusCode, await invitation.Content.ReadAsStringAsync());
        var invitationId = (await ApiClient.ReadObject(invitation))["id"]!.GetValue<string>();
        var (applicantToBe, _, _) = await api.NewUser("newcomer");
        var joinRequest = await applicantToBe.PostAsJsonAsync($"/api/organisations/{victim.LeadOrganisationId}/join-requests", new { message = "Bonjour" });
        Assert.True(joinRequest.IsSuccessStatusCode, await joinRequest.Content.ReadAsStringAsync());
        var joinRequestId = (await ApiClient.ReadObject(joinRequest))["id"]!.GetValue<string>();
        var (loner, _, _) = await api.NewUser("loner");
        var (stranger, _, _) = await api.NewApplicant();
        var (uninvolved, _) = await NewExpert(api, manager, victim.CallId);
        var otherFunder = await ApiClient.ReadObject(await manager.PostAsJsonAsync("/api/funders", new { name = $"Région Occitanie {Guid.NewGuid():N}", kind = "Region", region = "FR-OCC" }));
        var (officer, _, officerUserId) = await api.NewUser("officer");
        await Consortium.Expect(manager.PutAsJsonAsync($"/api/admin/users/{officerUserId}/roles", new { roles = new[] { "FunderOfficer" }, funderId = otherFunder["id"] }), HttpStatusCode.OK);
        var otherCluster = await Alliance.AddCluster(api);

        var (committeeMember, committeeMemberEmail, _) = await api.NewUser("committee");
        var committeeInvitation = await ApiClient.ReadObject(await manager.PostAsJsonAsync($"/api/calls/{victim.CallId}/committee-invitations", new { email = committeeMemberEmail }));
        await Consortium.Expect(committeeMember.PostAsync($"/api/invitations/{committeeInvitation["id"]}/accept", null), HttpStatusCode.OK);

        var victimIds = new ObjectIds();
        victimIds.Add("proposals", victim.ProposalId);
        victimIds.Add("calls", victim.CallId);
        victimIds.Add("organisations", victim.LeadOrganisationId);
        victimIds.Add("attachments", attachmentId);
        victimIds.Add("users", leadUserId);
        victimIds.Add("assignments", victimsAssignment);
        victimIds.Add("experts", victimsExpertId);
        victimIds.Add("invitations", invitationId);
        victimIds.Add("join-requests", joinRequestId);
        victimIds.Add("documents", (await WaitForDocument(victim)) ?? Guid.NewGuid().ToString());
        victimIds.Add("notifications", (await victim.Lead.GetItemsAsync("/api/notifications"))!.Select(n => n!["id"]!.GetValue<string>()).FirstOrDefault());

        var callers = new (string Name, HttpClient Client, IReadOnlyDictionary<string, string> Own)[]
        {
            ("anonymous", api.Anonymous(), Empty), ("no organisation", loner, Empty), ("other organisation", stranger, Empty), ("uninvolved expert", uninvolved, Empty),
            ("other funder's officer", officer, Empty), ("other cluster's manager", otherCluster.Manager, Empty),
            ("committee member on no session", committeeMember, Empty),
            ("conflicted expert", conflicted, new Dictionary<string, string> { ["assignments"] = conflictedAssignment }),
        };

        var before = await Fingerprint(victim);
        var (operations, _) = await OpenApiEndpoints.Load(api.Anonymous());
        var failures = new List<string>();
        // Signing out ends the caller's session for good: last, or every operation after it would only see 401s.
        foreach (var operation in operations.OrderBy(o => o.PathTemplate == "/api/auth/logout"))
        {
            foreach (var (name, client, own) in callers)
            {
                // The conflicted expert aims at their own (former) assignment; everyone else at the victim's objects.
                var path = OpenApiEndpoints.Fill(operation.PathTemplate, parameter =>
                {
                    var kind = ObjectIds.KindOf(operation.PathTemplate, parameter);
                    return own.TryGetValue(kind, out var mine) ? mine : victimIds.Pick(kind, _ => 0);
                });
                var isPublic = PublicPrefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal));
                var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
                if (operation.IsMultipart)
                {
                    request.Content = new MultipartFormDataContent { { new StringContent("Annex"), "kind" } };
                }
                else if (operation.Method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                if (status >= 500)
                {
                    failures.Add($"{name} {operation}: {status}");
                }
                else if (name == "anonymous" && !isPublic && status != 401)
                {
                    failures.Add($"{name} {operation}: expected 401, got {status}");
                }
                else if (status < 300 && secrets.FirstOrDefault(s => body.Contains(s, StringComparison.Ordinal)) is { } leaked)
                {
                    failures.Add($"{name} {operation}: {status} leaks '{leaked}'");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(operations.Count >= 60, $"only {operations.Count} operations found in the OpenAPI document");
        Assert.Equal(before, await Fingerprint(victim));
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private static async Task<(HttpClient Client, string ExpertId)> NewExpert(ApiClient api, HttpClient manager, Guid callId)
    {
        var (client, _, userId) = await api.NewUser("expert");
        var response = await manager.PostAsJsonAsync("/api/experts", new { userId, displayName = $"Dr {Guid.NewGuid():N}"[..12], expertise = new[] { "5G" }, callIds = new[] { callId } });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (client, (await ApiClient.ReadObject(response))["expertId"]!.GetValue<string>());
    }

    private static async Task<string> Assign(HttpClient manager, Guid proposalId, string expertId)
    {
        var response = await manager.PostAsJsonAsync($"/api/proposals/{proposalId}/assignments", new { expertId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await ApiClient.ReadObject(response))["id"]!.GetValue<string>();
    }

    private static async Task<string?> WaitForDocument(Consortium victim)
    {
        for (var i = 0; i < 100; i++)
        {
            var documents = (await victim.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{victim.ProposalId}/documents"))!;
            if (documents.FirstOrDefault(d => d!["status"]!.GetValue<string>() == "Ready") is { } ready)
            {
                return ready["id"]!.GetValue<string>();
            }

            await Task.Delay(100);
        }

        return null;
    }

    private static async Task<string> Fingerprint(Consortium victim)
    {
        var response = await victim.Lead.GetAsync($"/api/proposals/{victim.ProposalId}");
        var history = await victim.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{victim.ProposalId}/history");
        return $"{response.Headers.ETag} / {history!.Count} audit entries";
    }
}
