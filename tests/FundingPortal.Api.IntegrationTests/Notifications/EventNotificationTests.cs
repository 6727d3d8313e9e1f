using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.CoFunding;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;

namespace FundingPortal.Api.IntegrationTests.Notifications;

/// <summary>
/// Each row of api.md's "who is told what", read from a real SMTP server: the in-app notification and an e-mail with a text
/// and an HTML part, the dossier's reference in the subject, a link to the right page and the settings link in the footer.
/// </summary>
[Collection(Collections.Notifications)]
public sealed class EventNotificationTests(MailingApiFactory factory) : PortalTest(factory)
{
    private SmtpTestServer Mail => factory.Mail;

    [Fact]
    public async Task A_submission_reaches_the_managers_as_well_as_the_consortium()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("ALBATROS", ["5G"]);

        var manager = await Mail.WaitFor(ApiFactory.ManagerEmail, m => m.Subject == $"Nouveau dépôt : ALBATROS (version 1) — {dossier.Reference}");
        AssertWellFormed(manager, $"/dossiers/{dossier.ProposalId}");
        Assert.Contains("accusé de réception n°", manager.Text, StringComparison.Ordinal);

        var lead = await Mail.WaitFor(await EmailOf(dossier.Lead.Client), m => m.Subject == $"Dossier reçu : ALBATROS (version 1) — {dossier.Reference}");
        AssertWellFormed(lead, $"/dossiers/{dossier.ProposalId}");
        Assert.Contains(await Titles(s.Manager), t => t == "Nouveau dépôt : ALBATROS (version 1)");
    }

    [Fact]
    public async Task An_assigned_expert_is_told_and_the_managers_hear_when_the_expert_declines()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("BERNACHE", ["5G"]);
        var expert = await s.NewExpert("Dr Bernard", ["5G"]);
        s.Close();
        var assignmentId = await s.Assign(dossier, expert);

        var invited = await Mail.WaitFor(await EmailOf(expert.Client), m => m.Subject == $"Nouvelle évaluation : BERNACHE — {dossier.Reference}");
        AssertWellFormed(invited, $"/expert/affectations/{assignmentId}");
        Assert.Contains(await Titles(expert.Client), t => t == "Nouvelle évaluation : BERNACHE");

        await Consortium.Expect(expert.Client.PostAsJsonAsync($"/api/assignments/{assignmentId}/decline", new { reason = "NotMyExpertise" }), HttpStatusCode.OK);
        var declined = await Mail.WaitFor(ApiFactory.ManagerEmail, m => m.Subject == $"Évaluation refusée : BERNACHE — {dossier.Reference}");
        AssertWellFormed(declined, $"/dossiers/{dossier.ProposalId}");
        Assert.Contains("Dr Bernard a refusé", declined.Text, StringComparison.Ordinal);
        Assert.Contains("hors de son domaine d'expertise", declined.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_consortium_hears_the_screening_decision_with_its_reason()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("CORMORAN", ["5G"]);
        await Consortium.Expect(s.Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/screening",
            new { eligible = false, reason = "L'accord de consortium n'est pas signé." }), HttpStatusCode.OK);

        foreach (var member in new[] { dossier.Lead, dossier.Lab, dossier.Large })
        {
            var mail = await Mail.WaitFor(await EmailOf(member.Client), m => m.Subject == $"Dossier irrecevable : CORMORAN — {dossier.Reference}");
            AssertWellFormed(mail, $"/dossiers/{dossier.ProposalId}");
            Assert.Contains("Motif : L'accord de consortium n'est pas signé.", mail.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_withdrawal_reaches_the_managers_and_the_dossiers_experts_but_not_other_experts()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("DRAGON", ["5G"]);
        var other = await s.SubmitDossier("EIDER", ["5G"]);
        var reviewer = await s.NewExpert("Dr Durand", ["5G"]);
        var bystander = await s.NewExpert("Dr Étienne", ["5G"]);
        s.Close();
        await s.Assign(dossier, reviewer);
        await s.Assign(other, bystander);

        await Consortium.Expect(dossier.Lead.Client.PostAsync($"/api/proposals/{dossier.ProposalId}/withdraw", null), HttpStatusCode.OK);

        var subject = $"Dossier retiré : DRAGON — {dossier.Reference}";
        AssertWellFormed(await Mail.WaitFor(ApiFactory.ManagerEmail, m => m.Subject == subject), $"/dossiers/{dossier.ProposalId}");
        AssertWellFormed(await Mail.WaitFor(await EmailOf(reviewer.Client), m => m.Subject == subject), "/expert/affectations");
        Assert.DoesNotContain(await Titles(bystander.Client), t => t.StartsWith("Dossier retiré", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_funding_request_reaches_the_officers_of_each_requested_funder_with_the_aid_asked_of_it()
    {
        var w = await CoFundingWorld.Create(factory);
        var call = await w.CreateCall();
        var proposalId = await w.LabelledDossier(call);
        var officer = await w.Officer(w.State);
        var officerEmail = await EmailOf(officer);
        await Consortium.Expect(w.Manager.PostAsync($"/api/proposals/{proposalId}/funding-requests", null), HttpStatusCode.OK);

        var reference = (await w.Manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{proposalId}"))!["reference"]!.GetValue<string>();
        var mail = await Mail.WaitFor(officerEmail, m => m.Subject.StartsWith("Demande de cofinancement : ", StringComparison.Ordinal) && m.Subject.EndsWith(reference, StringComparison.Ordinal));
        AssertWellFormed(mail, "/financeur/demandes");
        Assert.Contains("aide demandée à votre structure", mail.Text, StringComparison.Ordinal);
        Assert.Contains("€", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_consortium_hears_the_labelling_decision_with_its_certificate()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("GUIFETTE", ["5G"]);
        var first = await s.NewExpert("Dr Guillou", ["5G"]);
        var second = await s.NewExpert("Dr Gaudin", ["5G"]);
        s.Close();
        await s.AutoAssign();
        await ReviewScenario.SubmitReview(first, await ReviewScenario.AssignmentOf(first, dossier), ReviewScenario.Review(4));
        await ReviewScenario.SubmitReview(second, await ReviewScenario.AssignmentOf(second, dossier), ReviewScenario.Review(3));
        await Consortium.Expect(s.Decide(dossier, "Labelled"), HttpStatusCode.OK);

        foreach (var member in new[] { dossier.Lead, dossier.Lab, dossier.Large })
        {
            var mail = await Mail.WaitFor(await EmailOf(member.Client), m => m.Subject == $"Décision de labellisation : GUIFETTE — {dossier.Reference}");
            AssertWellFormed(mail, $"/dossiers/{dossier.ProposalId}");
            Assert.Contains("Le comité a labellisé le projet GUIFETTE", mail.Text, StringComparison.Ordinal);
        }

        Assert.Contains(await Titles(dossier.Lab.Client), t => t == "Décision de labellisation : GUIFETTE");
    }

    [Fact]
    public async Task The_consortium_hears_the_co_funding_outcome_once_every_requested_funder_has_decided()
    {
        var w = await CoFundingWorld.Create(factory);
        var proposalId = await w.RequestedDossier(await w.CreateCall());
        var (state, bretagne, normandie) = (await w.Officer(w.State), await w.Officer(w.Bretagne), await w.Officer(w.Normandie));
        await Consortium.Expect(CoFundingWorld.Decide(state, proposalId, w.State, "Granted", (w.Sme.OrganisationId, 157_500m), (w.Lab.OrganisationId, 100_000m),
            (w.Large.OrganisationId, 100_000m)), HttpStatusCode.Created);
        await Consortium.Expect(CoFundingWorld.Decide(bretagne, proposalId, w.Bretagne, "Granted", (w.Sme.OrganisationId, 157_500m), (w.Lab.OrganisationId, 100_000m)),
            HttpStatusCode.Created);
        await Consortium.Expect(CoFundingWorld.Decide(normandie, proposalId, w.Normandie, "Granted", (w.Large.OrganisationId, 100_000m)), HttpStatusCode.Created);

        var view = (await w.Manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{proposalId}"))!;
        var (acronym, reference) = (view["acronym"]!.GetValue<string>(), view["reference"]!.GetValue<string>());
        foreach (var member in new[] { w.Sme, w.Lab, w.Large })
        {
            var mail = await Mail.WaitFor(await EmailOf(member.Client), m => m.Subject == $"Décision de cofinancement : {acronym} — {reference}");
            AssertWellFormed(mail, $"/dossiers/{proposalId}");
        }

        Assert.Contains(await Titles(w.Sme.Client), t => t == $"Décision de cofinancement : {acronym}");
    }

    [Fact]
    public async Task Each_person_gets_e_mail_as_they_chose_english_off_or_immediate()
    {
        var s = await ReviewScenario.Create(factory);
        var english = await s.NewExpert("Dr English", ["5G"]);
        var silent = await s.NewExpert("Dr Silence", ["5G"]);
        await Consortium.Expect(english.Client.PutAsJsonAsync("/api/me/settings", new { language = "en", emailFrequency = "Immediate" }), HttpStatusCode.OK);
        await Consortium.Expect(silent.Client.PutAsJsonAsync("/api/me/settings", new { language = "fr", emailFrequency = "Off" }), HttpStatusCode.OK);
        var dossier = await s.SubmitDossier("FOULQUE", ["5G"]);
        s.Close();
        await s.Assign(dossier, english);
        await s.Assign(dossier, silent);

        var mail = await Mail.WaitFor(await EmailOf(english.Client), m => m.Subject == $"New review: FOULQUE — {dossier.Reference}");
        Assert.StartsWith("Hello,", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Open in the portal", mail.Html, StringComparison.Ordinal);
        Assert.Contains("notification settings", mail.Text, StringComparison.Ordinal);
        Assert.Contains(await Titles(english.Client), t => t == "New review: FOULQUE");

        Assert.Contains(await Titles(silent.Client), t => t == "Nouvelle évaluation : FOULQUE");
        var silentEmail = await EmailOf(silent.Client);
        await factory.NotificationEmailsHandled(silent.UserId, 1);
        Assert.DoesNotContain(Mail.To(silentEmail), m => m.Subject.Contains("FOULQUE", StringComparison.Ordinal));
    }

    internal static void AssertWellFormed(ReceivedEmail mail, string path)
    {
        Assert.False(string.IsNullOrWhiteSpace(mail.Text), "a plain-text part");
        Assert.StartsWith("<!DOCTYPE html>", mail.Html, StringComparison.Ordinal);
        Assert.Equal(MailingApiFactory.PortalUrl + path, mail.LinkTo(path).GetLeftPart(UriPartial.Path));
        Assert.Equal(MailingApiFactory.PortalUrl + "/compte/parametres", mail.LinkTo("/compte/parametres").ToString());
        Assert.Contains(mail.LinkTo(path).ToString(), mail.Text, StringComparison.Ordinal);
    }

    internal static async Task<string> EmailOf(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonObject>("/api/me"))!["email"]!.GetValue<string>();

    internal static async Task<IReadOnlyList<string>> Titles(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var titles = (await client.GetItemsAsync("/api/notifications"))!.Select(n => n!["title"]!.GetValue<string>()).ToList();
            if (titles.Count > 0 || DateTime.UtcNow > deadline)
            {
                return titles;
            }

            await Task.Delay(100);
        }
    }
}
