using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;
using FundingPortal.Application.Notifications.ResumeAnnouncements;
using FundingPortal.Application.Notifications.DeliverAnnouncement;
using FundingPortal.Infrastructure.Identity;
using FundingPortal.Infrastructure.Persistence;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Api.IntegrationTests.Notifications;

/// <summary>
/// Announcements to a call's audiences, counted at a real SMTP server: 1,000 applicants each get it exactly once, even
/// when the worker's bus stops in the middle of the sending and starts again.
/// </summary>
[Collection(Collections.Announcements)]
public sealed class AnnouncementTests(MailingApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task An_announcement_to_1000_applicants_completes_with_sent_1000_and_no_duplicate_after_the_bus_stops_mid_way()
    {
        factory.Mail.Clear();
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("LORIOT", ["5G"]);
        await AddMembers(factory, dossier.Lead.OrganisationId, 997);
        const string subject = "Rappel : audition des dossiers LORIOT";

        var accepted = await s.Manager.PostAsJsonAsync($"/api/calls/{s.CallId}/announcements",
            new { subject, body = "Bonjour,\n\nLes auditions ont lieu le 4 novembre.\n\nLe pôle", audience = "Submitted" });
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var announcement = await ApiClient.ReadObject(accepted);
        Assert.Equal(1000, announcement["recipients"]!.GetValue<int>());
        var progress = $"/api/announcements/{announcement["id"]}";

        await Until(() => factory.Mail.Received.Count(m => m.Subject == subject) >= 150, TimeSpan.FromSeconds(180));
        var bus = factory.Services.GetRequiredService<IBusControl>();
        // Stopping without waiting for the consumer in flight: its cancellation token fires, as when the worker is shut down.
        using (var hurry = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
        {
            try
            {
                await bus.StopAsync(hurry.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        var whenStopped = (await s.Manager.GetFromJsonAsync<JsonObject>(progress))!;
        Assert.InRange(whenStopped["sent"]!.GetValue<int>(), 150, 999);
        await Task.Delay(500);
        Assert.Equal(whenStopped["sent"]!.GetValue<int>(), factory.Mail.Received.Count(m => m.Subject == subject));

        // The worker comes back: the recurring job finds the announcement unfinished and a delivery takes up the remaining rows.
        using (var scope = factory.Services.CreateScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ResumeAnnouncements>().Handle(CancellationToken.None));
            await scope.ServiceProvider.GetRequiredService<DeliverAnnouncement>().Handle(announcement["id"]!.GetValue<Guid>(), CancellationToken.None);
        }

        await Until(async () => (await s.Manager.GetFromJsonAsync<JsonObject>(progress))!["sent"]!.GetValue<int>() == 1000, TimeSpan.FromSeconds(600));
        var done = (await s.Manager.GetFromJsonAsync<JsonObject>(progress))!;
        Assert.Equal(0, done["failed"]!.GetValue<int>());
        Assert.Equal(0, done["pending"]!.GetValue<int>());
        var mails = factory.Mail.Received.Where(m => m.Subject == subject).ToList();
        Assert.Equal(1000, mails.Count);
        Assert.Equal(1000, mails.SelectMany(m => m.To).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var one = mails[0];
        Assert.Contains("Les auditions ont lieu le 4 novembre.", one.Text, StringComparison.Ordinal);
        Assert.Equal(MailingApiFactory.PortalUrl + $"/appels/{s.CallId}", one.LinkTo($"/appels/{s.CallId}").ToString());
        Assert.Equal(MailingApiFactory.PortalUrl + "/compte/parametres", one.LinkTo("/compte/parametres").ToString());
    }

    [Fact]
    public async Task A_second_delivery_of_an_announcement_being_sent_ends_at_once_and_each_person_keeps_one_message_id()
    {
        factory.Mail.Clear();
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("BRUANT", ["5G"]);
        await AddMembers(factory, dossier.Lead.OrganisationId, 2);
        const string subject = "Rappel : dossiers BRUANT";

        // The submission's e-mails are out first, so that the message held next is the announcement's.
        Assert.True(await BackgroundWork.WaitUntilIdleAsync(factory.ConnectionString, factory.Clock, factory.Messages, TimeSpan.FromSeconds(120)));

        // The first delivery holds its turn while the SMTP server keeps its first e-mail waiting for an answer.
        var held = factory.Mail.HoldNext();
        var accepted = await s.Manager.PostAsJsonAsync($"/api/calls/{s.CallId}/announcements", new { subject, body = "Bonjour,\n\nÀ lundi.", audience = "Submitted" });
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var announcement = await ApiClient.ReadObject(accepted);
        var id = announcement["id"]!.GetValue<Guid>();
        var recipients = announcement["recipients"]!.GetValue<int>();
        await held.WaitAsync(TimeSpan.FromSeconds(30));

        using (var scope = factory.Services.CreateScope())
        {
            var second = scope.ServiceProvider.GetRequiredService<DeliverAnnouncement>().Handle(id, CancellationToken.None);
            Assert.Equal(0, await second.WaitAsync(TimeSpan.FromSeconds(10)));
        }

        Assert.DoesNotContain(factory.Mail.Received, m => m.Subject == subject);

        // Refused, the held e-mail fails the first delivery: retried with back-off, it sends everyone once.
        factory.Mail.ReleaseHeld();
        var progress = $"/api/announcements/{id}";
        await Until(async () => (await s.Manager.GetFromJsonAsync<JsonObject>(progress))!["sent"]!.GetValue<int>() == recipients, TimeSpan.FromSeconds(180));
        var mails = factory.Mail.Received.Where(m => m.Subject == subject).ToList();
        Assert.Equal(recipients, mails.Count);
        Assert.Equal(recipients, mails.Select(m => m.Message.MessageId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(mails, m => Assert.StartsWith($"announcement.{id:N}.", m.Message.MessageId, StringComparison.Ordinal));
    }

    /// <summary>Accounts created straight in the database, members of the organisation, each with an address of its own.</summary>
    internal static async Task AddMembers(ApiFactory factory, Guid organisationId, int count)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        for (var i = 0; i < count; i++)
        {
            var email = $"membre{i:D4}.{organisationId:N}@loriot.test";
            db.Users.Add(new AppUser
            {
                Id = Guid.NewGuid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), OrganisationId = organisationId, CreatedAt = DateTimeOffset.UtcNow,
            });
        }

        await db.SaveChangesAsync();
    }

    internal static async Task Until(Func<bool> condition, TimeSpan timeout) => await Until(() => Task.FromResult(condition()), timeout);

    internal static async Task Until(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition was not met in time");
            await Task.Delay(100);
        }
    }
}

/// <summary>Who each audience of a call reaches, and who may announce.</summary>
[Collection(Collections.Notifications)]
public sealed class AnnouncementAudienceTests(MailingApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task A_manager_writes_an_announcement_from_the_call_page_and_watches_it_being_sent()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("OUTARDE", ["5G"]);
        var manager = await WebSession.SignIn(factory, ApiFactory.ManagerEmail, ApiFactory.ManagerPassword);
        Assert.Contains($"href=\"/appels/{s.CallId}/annonces\"", await manager.Client.GetStringAsync($"/appels/{s.CallId}"), StringComparison.Ordinal);
        var page = $"/appels/{s.CallId}/annonces";
        Assert.Contains("Consortiums des dossiers déposés", await manager.Client.GetStringAsync(page), StringComparison.Ordinal);

        var missing = await (await manager.PostForm(page, new() { ["Subject"] = "Auditions", ["Body"] = "Bonjour." })).Content.ReadAsStringAsync();
        Assert.Contains("error-summary", missing, StringComparison.Ordinal);

        var sent = await manager.PostForm(page, new() { ["Subject"] = "Auditions", ["Body"] = "Bonjour,\n\nLes auditions ont lieu mardi.", ["Audience"] = "Submitted" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var progress = sent.Headers.Location!.ToString();
        Assert.StartsWith("/annonces/", progress, StringComparison.Ordinal);
        await factory.Mail.WaitFor(await EventNotificationTests.EmailOf(dossier.Lab.Client), m => m.Subject == "Auditions");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        string shown;
        while (!(shown = await manager.Client.GetStringAsync(progress)).Contains("L&#x27;envoi est terminé.", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, shown);
            await Task.Delay(100);
        }

        Assert.Matches(@"<dt>Envoyés</dt><dd>3</dd>", shown);
        var (applicant, _, applicantEmail) = await s.Api.NewApplicant();
        var outsider = await WebSession.SignIn(factory, applicantEmail, ApiClient.Password);
        Assert.NotEqual(HttpStatusCode.OK, (await outsider.Client.GetAsync(progress)).StatusCode);
    }

    [Fact]
    public async Task Each_audience_reaches_its_people_and_only_managers_announce()
    {
        var s = await ReviewScenario.Create(factory);
        var submitted = await s.SubmitDossier("MARTIN", ["5G"]);
        var (draftClient, _, draftEmail) = await s.Api.NewApplicant();
        await Consortium.Expect(draftClient.PostAsJsonAsync($"/api/calls/{s.CallId}/proposals", new
        {
            acronym = "NANDOU", title = "Projet NANDOU", summary = "Brouillon.", keywords = new[] { "5G" }, trlStart = 4, trlTarget = 7, durationMonths = 36,
        }), HttpStatusCode.Created);
        var expert = await s.NewExpert("Dr Martin", ["5G"]);
        var path = $"/api/calls/{s.CallId}/announcements";

        async Task<int> Recipients(string audience) => (await ApiClient.ReadObject(await s.Manager.PostAsJsonAsync(path,
            new { subject = $"Annonce {audience}", body = "Bonjour.", audience })))["recipients"]!.GetValue<int>();

        Assert.Equal(1, await Recipients("Drafts"));
        await factory.Mail.WaitFor(draftEmail, m => m.Subject == "Annonce Drafts");
        Assert.Equal(3, await Recipients("Submitted"));
        await factory.Mail.WaitFor(await EventNotificationTests.EmailOf(submitted.Large.Client), m => m.Subject == "Annonce Submitted");
        Assert.Equal(4, await Recipients("AllApplicants"));
        Assert.Equal(1, await Recipients("Experts"));
        await factory.Mail.WaitFor(await EventNotificationTests.EmailOf(expert.Client), m => m.Subject == "Annonce Experts");
        Assert.Equal(0, await Recipients("FunderOfficers"));

        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync(path, new { subject = "x", body = new string('a', 10_001), audience = "Drafts" }),
            HttpStatusCode.BadRequest, "message_too_long");
        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync(path, new { subject = "x", body = "Bonjour." }), HttpStatusCode.BadRequest,
            "validation_failed");
        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync($"/api/calls/{Guid.NewGuid()}/announcements",
            new { subject = "x", body = "Bonjour.", audience = "Drafts" }), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.Forbidden, (await draftClient.PostAsJsonAsync(path, new { subject = "x", body = "Bonjour.", audience = "Drafts" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Manager.GetAsync($"/api/announcements/{Guid.NewGuid()}")).StatusCode);
    }
}
