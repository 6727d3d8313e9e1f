using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Contracts;
using FundingPortal.Domain.Committees;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Committees.ScheduleCommitteeSession;

/// <summary>
/// A manager schedules the labelling committee of a call. The agenda is the call's ranking, restricted to the dossiers
/// whose evaluation is complete and that await a decision (status Reviewed) and are on no other session's agenda; a
/// dossier still missing reviews waits for a later session. Members are those <see cref="CommitteeEligibility"/> allows
/// (managers, and external members who accepted the call's invitation), so nobody is enrolled who has not said yes; the
/// conflict-of-interest rules then recuse each member from the dossiers they have a conflict with.
/// </summary>
public sealed class ScheduleCommitteeSession(ManagerScope scope, IAppDbContext db, CommitteeSessions sessions, IRankingSource ranking, CommitteeEligibility eligibility,
    MemberConflicts conflicts, IAuditTrail audit, IOutbox outbox, RetryOnConflict retry, TimeProvider clock)
{
    private const int MaxAgenda = 10_000;

    /// <remarks>Two sessions scheduled at once cannot share a dossier (unique index): the loser runs again without the winner's dossiers.</remarks>
    public Task<Result<CommitteeSessionResponse>> Handle(Guid callId, ScheduleCommitteeSessionRequest request, CancellationToken ct) =>
        retry.Run(() => Schedule(callId, request, ct));

    private async Task<Result<CommitteeSessionResponse>> Schedule(Guid callId, ScheduleCommitteeSessionRequest request, CancellationToken ct)
    {
        var call = sessions.CallerIsManager ? await scope.Calls().AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct) : null;
        if (call is null)
        {
            return Error.NotFound("Call");
        }

        var inputs = await ReadInputs(callId, request, ct);
        if (!inputs.IsSuccess)
        {
            return inputs.Error!;
        }

        var onAnAgenda = db.CommitteeSessions.SelectMany(s => s.Agenda).Select(a => a.ProposalId);
        var taken = await db.Proposals.Where(p => p.CallId == callId && onAnAgenda.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        var agenda = (await ranking.Read(callId, call.ExpertsPerProposal, null, MaxAgenda, ct))
            .Where(e => e.EvaluationComplete && e.Status == ProposalStatus.Reviewed && !taken.Contains(e.ProposalId))
            .Select(e => e.ProposalId).ToList();

        var now = clock.GetUtcNow();
        var (startsAt, members) = inputs.Value;
        var scheduled = CommitteeSession.Schedule(callId, startsAt!, request.Location, members, request.AuditionMinutes ?? 0, agenda, now);
        if (!scheduled.IsSuccess)
        {
            return scheduled.Error!;
        }

        var session = scheduled.Value;
        db.CommitteeSessions.Add(session);
        var names = await db.Proposals.AsNoTracking().Where(p => agenda.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => new { p.Reference, p.Acronym }, ct);
        foreach (var item in session.Agenda)
        {
            await audit.RecordAsync(AuditStreams.Proposal, item.ProposalId, "committee_audition_scheduled", null, null,
                new { committeeSessionId = session.Id, item.Position, auditionStartsAt = item.AuditionStartsAt, auditionEndsAt = item.AuditionEndsAt, session.Location },
                ct);
            outbox.Enqueue(new CommitteeAuditionScheduled(session.Id, item.ProposalId, names[item.ProposalId].Reference, names[item.ProposalId].Acronym, item.Position, item.AuditionStartsAt, item.AuditionEndsAt,
                session.StartsAt.TimeZone, session.Location, now));
        }

        await conflicts.RecuseConflicted(session, members, now, ct);
        var saved = await db.TrySaveChangesAsync(ct);
        return saved.IsSuccess ? await sessions.Describe(session, ct) : saved.Error!;
    }

    /// <summary>The start as a local time in its zone, and the members: every one allowed to sit on this call's committee.</summary>
    private async Task<Result<(LocalInstant? StartsAt, IReadOnlyList<Guid> Members)>> ReadInputs(Guid callId, ScheduleCommitteeSessionRequest request,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        LocalInstant? startsAt = null;
        if (request.StartsAt is null)
        {
            errors["startsAt"] = ["The start (a local date and time with its time zone) is required."];
        }
        else
        {
            var parsed = LocalInstant.Parse(request.StartsAt.LocalDateTime, request.StartsAt.TimeZone);
            if (parsed.IsSuccess)
            {
                startsAt = parsed.Value;
            }
            else
            {
                errors["startsAt"] = [parsed.Error!.Message];
            }
        }

        var members = request.MemberUserIds ?? [];
        var eligible = (await eligibility.For(callId, ct)).Select(u => u.UserId).ToHashSet();
        var strangers = members.Where(m => !eligible.Contains(m)).Distinct().ToList();
        if (strangers.Count > 0)
        {
            errors["memberUserIds"] = [$"Members are cluster managers with a confirmed address or people who accepted an invitation to this call's committee; not so: {string.Join(", ", strangers)}."];
        }

        if (request.AuditionMinutes is null)
        {
            errors["auditionMinutes"] = ["The length of an audition, in minutes, is required."];
        }

        if (errors.Count == 1 && strangers.Count > 0)
        {
            return Error.Validation("not_committee_member", "Only people who accepted an invitation to this call's committee, and the cluster's managers, may sit on it.", errors);
        }

        return errors.Count > 0 ? Error.Validation("validation_failed", "The session cannot be scheduled as entered.", errors) : (startsAt, members);
    }
}
