using System.Net;
using System.Net.Http.Json;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Proposals;

namespace FundingPortal.Api.IntegrationTests.Notifications;

/// <summary>The consortium of a two-stage call hears the shortlist's outcome, with the cluster's feedback, in the app and by e-mail.</summary>
[Collection(Collections.Notifications)]
public sealed class ShortlistNotificationTests(MailingApiFactory factory) : PortalTest(factory)
{
    private SmtpTestServer Mail => factory.Mail;

    [Fact]
    public async Task Every_member_of_the_consortium_hears_whether_the_pre_proposal_is_shortlisted_with_the_feedback()
    {
        var invited = await PreProposal();
        var declined = await PreProposal();
        factory.Clock.SetUtcNow(TwoStageCallTests.PreDeadlineUtc(invited));
        var manager = await new ApiClient(factory).Manager();
        await Consortium.Expect(manager.PostAsJsonAsync($"/api/proposals/{invited.ProposalId}/shortlist",
            new { invited = true, feedback = "Précisez le rôle du laboratoire." }), HttpStatusCode.OK);
        await Consortium.Expect(manager.PostAsJsonAsync($"/api/proposals/{declined.ProposalId}/shortlist",
            new { invited = false, feedback = "Le marché visé sort de la feuille de route du pôle." }), HttpStatusCode.OK);

        var reference = await Reference(invited);
        foreach (var member in new[] { invited.Lead, invited.Lab, invited.Large })
        {
            var mail = await Mail.WaitFor(await EventNotificationTests.EmailOf(member), m => m.Subject == $"Pré-proposition retenue : OCÉAN-5G — {reference}");
            EventNotificationTests.AssertWellFormed(mail, $"/dossiers/{invited.ProposalId}");
            Assert.Contains("déposer le dossier complet avant le lundi 19 octobre 2026", mail.Text, StringComparison.Ordinal);
            Assert.Contains("Retour du pôle : Précisez le rôle du laboratoire.", mail.Text, StringComparison.Ordinal);
        }

        var declinedReference = await Reference(declined);
        var notInvited = await Mail.WaitFor(await EventNotificationTests.EmailOf(declined.Lab),
            m => m.Subject == $"Pré-proposition non retenue : OCÉAN-5G — {declinedReference}");
        Assert.Contains("Le marché visé sort de la feuille de route du pôle.", notInvited.Text, StringComparison.Ordinal);
        Assert.Contains(await EventNotificationTests.Titles(invited.Lead), t => t == "Pré-proposition retenue : OCÉAN-5G");
    }

    private async Task<Consortium> PreProposal()
    {
        var c = await Consortium.Create(factory, deadlineLocal: new DateTime(2026, 10, 19, 18, 0, 0), preProposalDeadlineLocal: new DateTime(2026, 9, 15, 12, 0, 0));
        await Consortium.Expect(c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partners", new { organisationId = c.LabOrganisationId }), HttpStatusCode.Created);
        await Consortium.Expect(c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partners", new { organisationId = c.LargeOrganisationId }), HttpStatusCode.Created);
        await TwoStageCallTests.Estimate(c);
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
        return c;
    }

    private static async Task<string> Reference(Consortium c) =>
        (await c.Lead.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/proposals/{c.ProposalId}"))!["reference"]!.GetValue<string>();
}
