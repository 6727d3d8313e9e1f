using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Committees;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Committees;

/// <summary>
/// Loads a session for a cluster manager, and reads it back as the API shows it. A member of the session who is not a
/// manager only reads it (<see cref="FindForReader"/>), without the dossiers they are recused from nor the others'
/// recusals. Anyone else gets the same 404 as for a session that does not exist: a session names dossiers, members and
/// their conflicts.
/// </summary>
public sealed class CommitteeSessions(IAppDbContext db, ICurrentUser user, IUserDirectory users, ManagerScope scope)
{
    public bool CallerIsManager => user.IsInRole(Roles.ClusterManager);

    public async Task<Result<CommitteeSession>> Find(Guid sessionId, bool track, CancellationToken ct)
    {
        if (!CallerIsManager)
        {
            return Error.NotFound("Committee session");
        }

        var query = db.CommitteeSessions.Include(s => s.Members).Include(s => s.Agenda).Include(s => s.Recusals);
        var session = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        return session is null || !await scope.ManagesCallAsync(session.CallId, ct) ? Error.NotFound("Committee session") : session;
    }

    /// <summary>The session for a manager, or for one of its members (read only).</summary>
    public async Task<Result<CommitteeSession>> FindForReader(Guid sessionId, CancellationToken ct)
    {
        if (CallerIsManager)
        {
            return await Find(sessionId, track: false, ct);
        }

        if (!user.IsInRole(Roles.CommitteeMember))
        {
            return Error.NotFound("Committee session");
        }

        var session = await db.CommitteeSessions.AsNoTracking().Include(s => s.Members).Include(s => s.Agenda).Include(s => s.Recusals)
            .FirstOrDefaultAsync(s => s.Id == sessionId && s.Members.Any(m => m.UserId == user.UserId), ct);
        return session is null ? Error.NotFound("Committee session") : session;
    }

    /// <summary>As the caller may see it: everything for a manager; for a member, the agenda less the dossiers they are recused from, and only their own recusals.</summary>
    public async Task<CommitteeSessionResponse> DescribeForCaller(CommitteeSession session, CancellationToken ct)
    {
        var described = await Describe(session, ct);
        if (CallerIsManager)
        {
            return described;
        }

        return described with
        {
            Agenda = described.Agenda.Where(a => !session.IsRecused(user.UserId, a.ProposalId)).ToList(),
            Recusals = described.Recusals.Where(r => r.UserId == user.UserId).ToList(),
        };
    }

    public async Task<CommitteeSessionResponse> Describe(CommitteeSession session, CancellationToken ct)
    {
        var callTitle = await db.Calls.AsNoTracking().Where(c => c.Id == session.CallId).Select(c => c.Title).FirstAsync(ct);
        var proposalIds = session.Agenda.Select(a => a.ProposalId).ToList();
        var proposals = await db.Proposals.AsNoTracking().Where(p => proposalIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Reference, p.Acronym, p.Title }).ToDictionaryAsync(p => p.Id, ct);
        var minutes = await db.GeneratedDocuments.AsNoTracking().Where(d => proposalIds.Contains(d.ProposalId) && d.Kind == DocumentKind.CommitteeMinutes)
            .ToDictionaryAsync(d => d.ProposalId, d => d.Id, ct);
        var emails = await EmailsOf(session.Members.Select(m => m.UserId).Concat(session.Recusals.Select(r => r.UserId)).ToHashSet(), ct);
        var zone = session.StartsAt.TimeZone;

        var agenda = session.Agenda.OrderBy(a => a.Position).Select(a =>
        {
            var p = proposals[a.ProposalId];
            return new AgendaItemDto(a.Position, a.ProposalId, p.Reference, p.Acronym, p.Title, Local(a.AuditionStartsAt, zone), Local(a.AuditionEndsAt, zone),
                session.VotersFor(a.ProposalId), a.IsVoted, a.Outcome, a.VotesFor, a.VotesAgainst, a.Abstentions, a.Motivation,
                minutes.TryGetValue(a.ProposalId, out var documentId) ? documentId : null);
        }).ToList();
        var recusals = session.Recusals.OrderBy(r => r.RecordedAt).Select(r =>
            new RecusalDto(r.UserId, emails[r.UserId], r.ProposalId, proposals[r.ProposalId].Reference, r.Reason, r.Detected, r.RecordedAt)).ToList();
        return new CommitteeSessionResponse(session.Id, session.CallId, callTitle, InstantDto.From(session.StartsAt), session.Location, session.AuditionMinutes,
            session.Status, session.CreatedAt, session.ClosedAt, session.Members.Select(m => new CommitteeMemberDto(m.UserId, emails[m.UserId])).ToList(),
            agenda, recusals);
    }

    private async Task<Dictionary<Guid, string>> EmailsOf(IReadOnlySet<Guid> userIds, CancellationToken ct)
    {
        var emails = (await users.InRoleAsync(Roles.ClusterManager, ct)).Where(u => userIds.Contains(u.UserId)).ToDictionary(u => u.UserId, u => u.Email);
        foreach (var missing in userIds.Where(id => !emails.ContainsKey(id)))
        {
            // A member who has since left the cluster's staff is still named in the minutes.
            emails[missing] = (await users.FindByIdAsync(missing, ct))?.Email ?? missing.ToString();
        }

        return emails;
    }

    private static InstantDto Local(DateTimeOffset utc, string zone) => new(ParisTime.ToLocal(utc, zone), zone, utc);
}
