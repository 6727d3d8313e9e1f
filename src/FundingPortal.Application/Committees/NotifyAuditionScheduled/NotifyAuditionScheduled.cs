using System.Globalization;
using FundingPortal.Application.Common;
using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Notifications;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Committees.NotifyAuditionScheduled;

/// <summary>The consortium hears when and where it presents its dossier to the labelling committee (notification and e-mail).</summary>
public sealed class NotifyAuditionScheduled(NotificationAudience audience, Notifier notifier)
{
    private static readonly TextFormat Fr = TextFormat.French;
    private static readonly TextFormat En = TextFormat.For(CultureInfo.GetCultureInfo("en"));

    public async Task<int> Handle(CommitteeAuditionScheduled m, CancellationToken ct) =>
        await notifier.NotifyEachAsync(await audience.Consortium(m.ProposalId, ct), $"committee-audition:{m.CommitteeSessionId:N}:{m.ProposalId:N}",
            Text(m), PortalLinks.Proposal(m.ProposalId), new NotifiedDossier(m.ProposalId, m.Reference), ct);

    public static BilingualText Text(CommitteeAuditionScheduled m)
    {
        var zone = m.TimeZone == LocalInstant.DefaultTimeZone ? ("Paris", "Paris") : (m.TimeZone, m.TimeZone);
        var minutes = (int)(m.AuditionEndsAt - m.AuditionStartsAt).TotalMinutes;
        return new(
            new($"Audition devant le comité de labellisation : {m.Acronym}",
                $"Le dossier {m.Acronym} (référence {m.Reference}) est inscrit à l'ordre du jour du comité de labellisation. "
                + $"Votre audition : {Fr.DateTimeWithWeekday(m.AuditionStartsAt, m.TimeZone)} (heure de {zone.Item1}), {minutes} minutes, lieu : {m.Location}. "
                + "Le créneau figure aussi dans votre agenda des échéances."),
            new($"Audition before the labelling committee: {m.Acronym}",
                $"The proposal {m.Acronym} (reference {m.Reference}) is on the labelling committee's agenda. "
                + $"Your audition: {En.DateTimeWithWeekday(m.AuditionStartsAt, m.TimeZone)} ({zone.Item2} time), {minutes} minutes, place: {m.Location}. "
                + "The slot is also in your deadlines calendar."));
    }
}
