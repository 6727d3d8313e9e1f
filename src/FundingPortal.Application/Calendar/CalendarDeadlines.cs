using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Reminders;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calendar;

/// <summary>
/// The caller's deadlines: applicants get the submission deadline of every call where their organisation has a dossier
/// and of every call still to come or open; experts the review deadlines of the calls they review; funder officers the
/// funding decision deadline of the calls their funder co-funds; managers every milestone of every published call.
/// </summary>
public sealed class CalendarDeadlines(IAppDbContext db, IPendingReviews reviews, TimeProvider clock)
{
    // These texts are written in French.
    private static readonly TextFormat Format = TextFormat.French;

    public async Task<IReadOnlyList<CalendarEntry>> For(CalendarOwner user, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var published = db.Calls.AsNoTracking().Where(c => c.PublishedAt != null);
        var entries = new List<CalendarEntry>();

        if (user.IsInRole(Roles.ClusterManager))
        {
            foreach (var call in await published.ToListAsync(ct))
            {
                entries.AddRange(call.Timeline.Milestones().Select(m => Entry(call, m.Name, m.Instant)));
            }
        }

        if (user.OrganisationId is { } organisationId)
        {
            var withDossier = db.Proposals.Where(p => p.Partners.Any(x => x.OrganisationId == organisationId)).Select(p => p.CallId);
            var calls = await published.Where(c => withDossier.Contains(c.Id) || c.Timeline.SubmissionDeadline.Utc > now).ToListAsync(ct);
            entries.AddRange(calls.Select(c => Entry(c, "submissionDeadline", c.Timeline.SubmissionDeadline)));
        }

        if (user.IsInRole(Roles.Expert))
        {
            var callIds = await reviews.CallsReviewedByAsync(user.UserId, ct);
            var calls = await published.Where(c => callIds.Contains(c.Id)).ToListAsync(ct);
            entries.AddRange(calls.Select(c => Entry(c, "reviewDeadline", c.Timeline.ReviewDeadline)));
        }

        if (user.IsInRole(Roles.FunderOfficer) && user.FunderId is { } funderId)
        {
            var calls = await published.Where(c => c.Funders.Any(f => f.FunderId == funderId)).ToListAsync(ct);
            entries.AddRange(calls.Select(c => Entry(c, "fundingDecisionDeadline", c.Timeline.FundingDecisionDeadline)));
        }

        return entries.DistinctBy(e => e.Uid).OrderBy(e => e.At.Utc).ToList();
    }

    private static CalendarEntry Entry(Call call, string milestone, LocalInstant at) => new(
        $"{call.Id:N}-{milestone}@fundingportal",
        $"{MilestoneLabel(milestone)} — {call.Title}",
        $"{MilestoneLabel(milestone)} de l'appel « {call.Title} »{(call.Programme is null ? string.Empty : $" ({call.Programme})")} : "
        + $"{Format.DateTimeWithWeekday(at)} (heure de {ZoneLabel(at.TimeZone)}).",
        at,
        PortalLinks.Call(call.Id));

    private static string MilestoneLabel(string milestone) => milestone switch
    {
        "opensAt" => "Ouverture des dépôts",
        "submissionDeadline" => "Date limite de dépôt",
        "reviewDeadline" => "Date limite d'évaluation",
        "committeeDate" => "Comité de labellisation",
        "fundingDecisionDeadline" => "Date limite des décisions de financement",
        _ => milestone,
    };

    private static string ZoneLabel(string timeZone) => timeZone == LocalInstant.DefaultTimeZone ? "Paris" : timeZone;
}

/// <summary>Whose deadlines: the signed-in caller, or the owner of a calendar feed URL.</summary>
public sealed record CalendarOwner(Guid UserId, IReadOnlyCollection<string> Roles, Guid? OrganisationId, Guid? FunderId)
{
    public bool IsInRole(string role) => Roles.Contains(role);
}
