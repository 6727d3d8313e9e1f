using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.Settings;
using FundingPortal.Application.Common;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Reviews;
using FundingPortal.Domain.Reviews.Experts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Privacy.ExportMyData;

/// <summary>
/// The caller's own data, section by section (docs/privacy.md lists where each comes from). Other people appear only as
/// the caller already sees them: the address they invited, who invited them, a dossier's reference and their own role in it.
/// </summary>
public sealed class ExportMyData(IAppDbContext db, ICurrentUser user, IPersonalAccounts accounts, IUserSettings settings, ConflictedProposals conflicted,
    TimeProvider clock)
{
    public async Task<PersonalDataExport> Handle(CancellationToken ct)
    {
        var account = await accounts.FindAsync(user.UserId, ct) ?? throw new InvalidOperationException("A signed-in caller has an account.");
        var saved = await settings.GetAsync(user.UserId, ct);
        var invitations = await Invitations(account, ct);
        var joinRequests = await JoinRequests(ct);
        var expert = await db.Experts.AsNoTracking().Include(e => e.DeclaredConflicts).FirstOrDefaultAsync(e => e.UserId == user.UserId, ct);
        List<AssignmentRow> assignments = expert is null ? [] : await Assignments(expert.Id, ct);
        // A dossier the expert is in conflict with is out of their sight (ConflictedProposals): its reference and its notifications too.
        IReadOnlySet<Guid> hidden = expert is null ? new HashSet<Guid>() : await conflicted.Among(expert.Id, assignments.Select(a => a.Assignment.ProposalId).ToList(), ct);
        return new PersonalDataExport(
            clock.GetUtcNow(),
            new ExportedAccount(account.UserId, account.Email, account.EmailConfirmed, saved.Language, saved.EmailFrequency.ToString(), account.Roles,
                account.CreatedAt, account.LastSignInAt, account.MfaEnabled, account.ExternalSignIns,
                account.SignIns.Select(s => new ExportedSignIn(s.Channel, s.StartedAt, s.EndedAt)).ToList()),
            Consents(invitations.Received, joinRequests),
            await Memberships(account, ct),
            invitations,
            joinRequests,
            await Dossiers(account, ct),
            expert is null ? null : await ExpertProfile(expert, assignments, hidden, ct),
            await Messages(ct),
            await Notifications(hidden, ct),
            await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == user.UserId)
                .Select(f => new ExportedCalendarFeed(f.CreatedAt, f.RotatedAt)).FirstOrDefaultAsync(ct),
            (await db.ApiTokens.AsNoTracking().Where(t => t.UserId == user.UserId).OrderBy(t => t.CreatedAt).ToListAsync(ct))
                .Select(t => new ExportedApiToken(t.Id, t.Name, t.Scopes, t.Hint, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt)).ToList(),
            await db.AuditEntries.AsNoTracking().Where(a => a.ActorUserId == user.UserId).OrderBy(a => a.OccurredAt).ThenBy(a => a.Id)
                .Select(a => new ExportedAuditEntry(a.Action, a.StreamType, a.StreamId, a.Sequence, a.OccurredAt)).ToListAsync(ct));
    }

    private static List<ExportedConsent> Consents(IReadOnlyList<ExportedInvitation> received, IReadOnlyList<ExportedJoinRequest> joinRequests) =>
        received.Where(i => i.AnsweredAt is not null)
            .Select(i => new ExportedConsent($"{i.Kind}Invitation", i.Id, i.Status, i.AnsweredAt!.Value))
            .Concat(joinRequests.Select(r => new ExportedConsent("JoinRequest", r.Id, "Requested", r.CreatedAt)))
            .OrderBy(c => c.At)
            .ToList();

    private async Task<List<ExportedMembership>> Memberships(AccountRecord account, CancellationToken ct)
    {
        if (account.OrganisationId is not { } organisationId)
        {
            return [];
        }

        var name = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstAsync(ct);
        return [new ExportedMembership(organisationId, name, account.Roles.Contains(Roles.Applicant) ? Roles.Applicant : null)];
    }

    private async Task<ExportedInvitations> Invitations(AccountRecord account, CancellationToken ct)
    {
        var sent = await InvitationRows(db.Invitations.Where(i => i.InvitedByUserId == user.UserId), ct);
        // Before the address is confirmed, the account may belong to someone who merely typed it (ListMyInvitations).
        var email = InvitationEmail.Normalise(account.Email);
        var received = account.EmailConfirmed ? await InvitationRows(db.Invitations.Where(i => i.NormalizedEmail == email), ct) : [];
        return new ExportedInvitations(sent, received);
    }

    private async Task<List<ExportedInvitation>> InvitationRows(IQueryable<Invitation> invitations, CancellationToken ct) =>
        await (from i in invitations.AsNoTracking()
                join o in db.Organisations on i.OrganisationId equals o.Id into inviting
                from o in inviting.DefaultIfEmpty()
                join p in db.Proposals on i.ProposalId equals p.Id into dossiers
                from p in dossiers.DefaultIfEmpty()
                orderby i.CreatedAt
                select new ExportedInvitation(i.Id, i.Kind.ToString(), i.Email, o == null ? i.OrganisationName : o.Name, p == null ? null : p.Reference,
                    i.InvitedByEmail, i.Status.ToString(), i.CreatedAt, i.ExpiresAt, i.AnsweredAt))
            .ToListAsync(ct);

    private async Task<List<ExportedJoinRequest>> JoinRequests(CancellationToken ct) =>
        await (from r in db.JoinRequests.AsNoTracking()
                where r.UserId == user.UserId
                join o in db.Organisations on r.OrganisationId equals o.Id
                orderby r.CreatedAt
                select new ExportedJoinRequest(r.Id, r.OrganisationId, o.Name, r.Message, r.Status.ToString(), r.CreatedAt, r.DecidedAt))
            .ToListAsync(ct);

    private async Task<List<ExportedDossier>> Dossiers(AccountRecord account, CancellationToken ct)
    {
        if (account.OrganisationId is not { } organisationId)
        {
            return [];
        }

        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.LeadOrganisationId == organisationId || p.Partners.Any(pp => pp.OrganisationId == organisationId))
            .OrderBy(p => p.Reference)
            .Select(p => new { p.Id, p.Reference, p.Acronym, p.LeadOrganisationId, p.Status })
            .ToListAsync(ct);
        return proposals.Select(p => new ExportedDossier(p.Id, p.Reference, p.Acronym, p.LeadOrganisationId == organisationId ? "Lead" : "Partner",
            p.Status.ToString())).ToList();
    }

    private sealed record AssignmentRow(ReviewAssignment Assignment, string Reference);

    private async Task<List<AssignmentRow>> Assignments(Guid expertId, CancellationToken ct) =>
        await (from a in db.ReviewAssignments.AsNoTracking()
                where a.ExpertId == expertId
                join p in db.Proposals on a.ProposalId equals p.Id
                orderby a.AssignedAt
                select new AssignmentRow(a, p.Reference))
            .ToListAsync(ct);

    private async Task<ExportedExpertProfile> ExpertProfile(Expert expert, List<AssignmentRow> assignments, IReadOnlySet<Guid> hidden, CancellationToken ct)
    {
        var organisationIds = expert.Affiliations.Select(a => a.OrganisationId).ToList();
        var names = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return new ExportedExpertProfile(expert.Id, expert.DisplayName, expert.Expertise,
            expert.Affiliations.Select(a => new ExportedAffiliation(a.OrganisationId, names.GetValueOrDefault(a.OrganisationId), a.From, a.To)).ToList(),
            expert.DeclaredConflicts.OrderBy(c => c.DeclaredAt).Select(c => new ExportedConflict(c.OrganisationId, c.ProposalId, c.Reason, c.DeclaredAt)).ToList(),
            assignments.Select(row =>
            {
                var a = row.Assignment;
                var review = a.Review is { } r
                    ? new ExportedReview(r.Scores, r.Comments, r.OverallComment, r.Recommendation?.ToString(), r.UpdatedAt, r.SubmittedAt)
                    : null;
                return new ExportedAssignment(a.Id, a.ProposalId, hidden.Contains(a.ProposalId) ? null : row.Reference, a.Status.ToString(), a.AssignedAt,
                    a.DueAt, a.RespondedAt, a.DeclineReason?.ToString(), a.DeclineComment, review);
            }).ToList(),
            expert.CreatedAt);
    }

    private async Task<List<ExportedMessage>> Messages(CancellationToken ct) =>
        await (from m in db.ProposalMessages.AsNoTracking()
                where m.AuthorUserId == user.UserId
                join p in db.Proposals on m.ProposalId equals p.Id
                orderby m.SentAt
                select new ExportedMessage(m.Id, p.Reference, m.Side.ToString(), m.AuthorDisplayName, m.Body, m.SentAt))
            .ToListAsync(ct);

    private async Task<List<ExportedNotification>> Notifications(IReadOnlySet<Guid> hidden, CancellationToken ct)
    {
        var hiddenIds = hidden.ToList();
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == user.UserId && (n.ProposalId == null || !hiddenIds.Contains(n.ProposalId.Value)))
            .OrderBy(n => n.CreatedAt)
            .Select(n => new ExportedNotification(n.Id, n.Title, n.Body, n.Link, n.Reference, n.CreatedAt, n.ReadAt, n.EmailedAt))
            .ToListAsync(ct);
    }
}
