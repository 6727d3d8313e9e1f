using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.Settings;
using FundingPortal.Application.Common;
using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Reminders;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Committees;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calendar;

/// <summary>
/// The caller's deadlines: applicants get the submission deadline of every call where their organisation has a dossier
/// and of every call still to come or open; experts the review deadlines of the calls they review; funder officers the
/// funding decision deadline of the calls their funder co-funds; managers every milestone of every published call.
/// Written in the owner's language (their setting), whoever fetches the feed.
/// </summary>
public sealed class CalendarDeadlines(IAppDbContext db, IPendingReviews reviews, TimeProvider clock, IUserSettings settings)
{
    public async Task<OwnerCalendar> For(CalendarOwner user, CancellationToken ct)
    {
        var language = (await settings.GetAsync(user.UserId, ct)).Language;
        var entries = await Entries(user, new EntryWriter(language), ct);
        return new OwnerCalendar(CalendarName(language), language, entries);
    }

    public static string CalendarName(string language) =>
        language == Languages.English ? "Deadlines — call for projects portal" : "Échéances — portail des appels à projets";

    private async Task<IReadOnlyList<CalendarEntry>> Entries(CalendarOwner user, EntryWriter writer, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var published = db.Calls.AsNoTracking().Where(c => c.PublishedAt != null);
        var entries = new List<CalendarEntry>();

        if (user.IsInRole(Roles.ClusterManager))
        {
            foreach (var call in await published.ToListAsync(ct))
            {
                entries.AddRange(call.Timeline.Milestones().Select(m => writer.Entry(call, m.Name, m.Instant)));
            }
        }

        if (user.OrganisationId is { } organisationId)
        {
            var withDossier = db.Proposals.Where(p => p.Partners.Any(x => x.OrganisationId == organisationId)).Select(p => p.CallId);
            var calls = await published.Where(c => withDossier.Contains(c.Id) || c.Timeline.SubmissionDeadline.Utc > now).ToListAsync(ct);
            entries.AddRange(calls.Select(c => writer.Entry(c, "submissionDeadline", c.Timeline.SubmissionDeadline)));
            entries.AddRange((await AuditionsOf(organisationId, ct)).Select(writer.Audition));
        }

        if (user.IsInRole(Roles.Expert))
        {
            var callIds = await reviews.CallsReviewedByAsync(user.UserId, ct);
            var calls = await published.Where(c => callIds.Contains(c.Id)).ToListAsync(ct);
            entries.AddRange(calls.Select(c => writer.Entry(c, "reviewDeadline", c.Timeline.ReviewDeadline)));
        }

        if (user.IsInRole(Roles.FunderOfficer) && user.FunderId is { } funderId)
        {
            var calls = await published.Where(c => c.Funders.Any(f => f.FunderId == funderId)).ToListAsync(ct);
            entries.AddRange(calls.Select(c => writer.Entry(c, "fundingDecisionDeadline", c.Timeline.FundingDecisionDeadline)));
        }

        return entries.DistinctBy(e => e.Uid).OrderBy(e => e.At.Utc).ToList();
    }

    /// <summary>The audition slots of the organisation's dossiers on a committee session still to be held.</summary>
    private async Task<IReadOnlyList<AuditionSlot>> AuditionsOf(Guid organisationId, CancellationToken ct)
    {
        var rows = await (from session in db.CommitteeSessions.AsNoTracking()
                          where session.Status == CommitteeSessionStatus.Scheduled
                          from item in session.Agenda
                          join proposal in db.Proposals.AsNoTracking() on item.ProposalId equals proposal.Id
                          where proposal.Partners.Any(x => x.OrganisationId == organisationId)
                          select new { session.Id, item.ProposalId, proposal.Acronym, item.AuditionStartsAt, item.AuditionEndsAt, session.StartsAt.TimeZone, session.Location })
            .ToListAsync(ct);
        return rows.Select(r => new AuditionSlot(r.Id, r.ProposalId, r.Acronym, LocalInstant.Restore(
                ParisTime.ToLocal(r.AuditionStartsAt, r.TimeZone), r.TimeZone, r.AuditionStartsAt),
                (int)(r.AuditionEndsAt - r.AuditionStartsAt).TotalMinutes, r.Location))
            .ToList();
    }

    private sealed record AuditionSlot(Guid SessionId, Guid ProposalId, string Acronym, LocalInstant StartsAt, int Minutes, string Location);

    private sealed class EntryWriter(string language)
    {
        public CalendarEntry Audition(AuditionSlot slot)
        {
            var when = format.DateTimeWithWeekday(slot.StartsAt);
            return new(
                $"{slot.SessionId:N}-{slot.ProposalId:N}-audition@fundingportal",
                English ? $"Audition before the labelling committee — {slot.Acronym}" : $"Audition devant le comité de labellisation — {slot.Acronym}",
                English
                    ? $"Audition of {slot.Acronym}: {when}, {slot.Minutes} minutes, place: {slot.Location}."
                    : $"Audition de {slot.Acronym} : {when}, {slot.Minutes} minutes, lieu : {slot.Location}.",
                slot.StartsAt,
                PortalLinks.Proposal(slot.ProposalId));
        }

        private readonly TextFormat format = TextFormat.For(language);
        private bool English => language == Languages.English;

        public CalendarEntry Entry(Call call, string milestone, LocalInstant at)
        {
            var label = MilestoneLabel(milestone);
            var programme = call.Programme is null ? string.Empty : $" ({call.Programme})";
            var when = format.DateTimeWithWeekday(at);
            var zone = at.TimeZone == LocalInstant.DefaultTimeZone ? "Paris" : at.TimeZone;
            return new(
                $"{call.Id:N}-{milestone}@fundingportal",
                $"{label} — {call.Title}",
                English
                    ? $"{label} of the call “{call.Title}”{programme}: {when} ({zone} time)."
                    : $"{label} de l'appel « {call.Title} »{programme} : {when} (heure de {zone}).",
                at,
                PortalLinks.Call(call.Id));
        }

        private string MilestoneLabel(string milestone) => (milestone, English) switch
        {
            ("opensAt", false) => "Ouverture des dépôts",
            ("opensAt", true) => "Submissions open",
            ("submissionDeadline", false) => "Date limite de dépôt",
            ("submissionDeadline", true) => "Submission deadline",
            ("reviewDeadline", false) => "Date limite d'évaluation",
            ("reviewDeadline", true) => "Review deadline",
            ("committeeDate", false) => "Comité de labellisation",
            ("committeeDate", true) => "Labelling committee",
            ("fundingDecisionDeadline", false) => "Date limite des décisions de financement",
            ("fundingDecisionDeadline", true) => "Funding decision deadline",
            _ => milestone,
        };
    }
}

/// <summary>A person's deadlines, with the calendar's name, in their language.</summary>
public sealed record OwnerCalendar(string Name, string Language, IReadOnlyList<CalendarEntry> Entries);

/// <summary>Whose deadlines: the signed-in caller, or the owner of a calendar feed URL.</summary>
public sealed record CalendarOwner(Guid UserId, IReadOnlyCollection<string> Roles, Guid? OrganisationId, Guid? FunderId)
{
    public bool IsInRole(string role) => Roles.Contains(role);
}
