using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Committees;
using FundingPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Documents;

/// <summary>
/// The minutes of the closed session that decided the document's dossier. Each dossier of the agenda gets its copy in
/// its documents list (same model, same key: the same bytes and hash); members are named by their address.
/// </summary>
public sealed class CommitteeMinutesSource(IAppDbContext db, IUserDirectory users) : IDocumentModelSource
{
    public DocumentKind Kind => DocumentKind.CommitteeMinutes;

    public async Task<DocumentModel> Build(GeneratedDocument document, CancellationToken ct)
    {
        var session = await db.CommitteeSessions.AsNoTracking().Include(s => s.Members).Include(s => s.Agenda).Include(s => s.Recusals)
            .SingleAsync(s => s.Status == CommitteeSessionStatus.Closed && s.Agenda.Any(a => a.ProposalId == document.ProposalId), ct);
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == session.CallId, ct);
        var clusterName = await db.Clusters.AsNoTracking().Where(c => c.Id == call.ClusterId).Select(c => c.Name).SingleAsync(ct);
        var proposalIds = session.Agenda.Select(a => a.ProposalId).ToList();
        var proposals = await db.Proposals.AsNoTracking().Where(p => proposalIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var decisions = await db.LabellingDecisions.AsNoTracking().Where(d => proposalIds.Contains(d.ProposalId)).ToDictionaryAsync(d => d.ProposalId, ct);
        var names = new Dictionary<Guid, string>();
        foreach (var userId in session.Members.Select(m => m.UserId).Concat(session.Recusals.Select(r => r.UserId)).Distinct())
        {
            names[userId] = (await users.FindByIdAsync(userId, ct))?.Email ?? userId.ToString();
        }

        return new CommitteeMinutesModel
        {
            IssuedAt = session.ClosedAt!.Value,
            SessionId = session.Id,
            ClusterName = clusterName,
            CallTitle = call.Title,
            CallProgramme = call.Programme ?? string.Empty,
            StartsAt = session.StartsAt.Utc,
            TimeZone = session.StartsAt.TimeZone,
            Location = session.Location,
            AuditionMinutes = session.AuditionMinutes,
            ClosedAt = session.ClosedAt.Value,
            Members = session.Members.Select(m => names[m.UserId]).Order(StringComparer.Ordinal).ToList(),
            Recusals = session.Recusals.OrderBy(r => session.ItemOf(r.ProposalId)!.Position).ThenBy(r => names[r.UserId], StringComparer.Ordinal)
                .Select(r => new MinutesRecusal(names[r.UserId], proposals[r.ProposalId].Reference, proposals[r.ProposalId].Acronym, r.Reason)).ToList(),
            Items = session.Agenda.OrderBy(a => a.Position).Select(a =>
            {
                var p = proposals[a.ProposalId];
                var decision = decisions[a.ProposalId];
                return new MinutesItem(a.Position, new ProjectIdentity(p.Reference, p.Acronym, p.Title), a.AuditionStartsAt, session.VotersFor(a.ProposalId),
                    decision.Outcome, a.VotesFor, a.VotesAgainst, a.Abstentions, decision.Motivation, decision.CertificateNumber);
            }).ToList(),
        };
    }
}
