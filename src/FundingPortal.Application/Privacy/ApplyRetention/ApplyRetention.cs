using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Audit;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Privacy;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FundingPortal.Application.Privacy.ApplyRetention;

/// <param name="AccountsAnonymised">People anonymised by this run.</param>
/// <param name="DossiersErased">Dossiers whose personal parts this run erased.</param>
public sealed record RetentionRun(DateTimeOffset RanAt, int AccountsAnonymised, int DossiersErased);

/// <summary>
/// The retention rules (ADR 0033): anonymises the accounts inactive for too long and erases the personal parts of the dossiers
/// past their retention period, keeping what the audit needs (ids, references, amounts, decisions, dates, every chain hash).
/// One transaction per person or dossier, recorded by a <see cref="PersonalDataErasure"/> row whose unique index makes a
/// second run, or a second worker, skip what is done.
/// </summary>
public sealed class ApplyRetention(IAppDbContext db, IPersonalAccounts accounts, ITransactionRunner transactions, IOptions<RetentionOptions> options,
    TimeProvider clock)
{
    public const string AnonymousEmailDomain = "anonymise.invalid";

    private static readonly ProposalStatus[] Closed =
    [
        ProposalStatus.Ineligible, ProposalStatus.NotLabelled, ProposalStatus.NotInvited, ProposalStatus.Withdrawn, ProposalStatus.NotFunded,
        ProposalStatus.Funded, ProposalStatus.PartiallyFunded,
    ];

    public static string AnonymousLabel(long number) => $"Personne anonymisée n°{number}";

    public async Task<RetentionRun> Handle(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rules = options.Value;
        var anonymised = 0;
        foreach (var userId in await accounts.InactiveSinceAsync(now.AddYears(-rules.InactiveAccountYears), ct))
        {
            anonymised += (await transactions.RunAsync(token => AnonymiseAccount(userId, now, token), ct)).IsSuccess ? 1 : 0;
        }

        var erased = 0;
        foreach (var proposalId in await DossiersPastRetention(now, rules, ct))
        {
            erased += (await transactions.RunAsync(token => EraseDossier(proposalId, now, token), ct)).IsSuccess ? 1 : 0;
        }

        return new RetentionRun(now, anonymised, erased);
    }

    private async Task<List<Guid>> DossiersPastRetention(DateTimeOffset now, RetentionOptions rules, CancellationToken ct)
    {
        var fundedBefore = now.AddYears(-rules.FundedDossierYears);
        var otherBefore = now.AddYears(-rules.OtherDossierYears);
        // A closed dossier's last audit entry is its last decision (or its withdrawal): the retention period counts from it.
        return await db.Proposals.AsNoTracking()
            .Where(p => Closed.Contains(p.Status))
            .Where(p => !db.PersonalDataErasures.Any(e => e.Kind == ErasureKind.Dossier && e.SubjectId == p.Id))
            .Select(p => new
            {
                p.Id,
                Funded = p.Status == ProposalStatus.Funded || p.Status == ProposalStatus.PartiallyFunded,
                Last = db.AuditEntries.Where(a => a.StreamType == AuditStreams.Proposal && a.StreamId == p.Id).Max(a => (DateTimeOffset?)a.OccurredAt),
            })
            .Where(p => p.Last != null && p.Last < (p.Funded ? fundedBefore : otherBefore))
            .Select(p => p.Id)
            .ToListAsync(ct);
    }

    private async Task<Result<bool>> AnonymiseAccount(Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        var erasure = await Record(ErasureKind.Account, userId, "inactive_account", now, ct);
        if (!erasure.IsSuccess)
        {
            return erasure.Error!;
        }

        var number = erasure.Value.Number;
        var label = AnonymousLabel(number);
        var placeholder = $"anonyme-{number}@{AnonymousEmailDomain}";
        var account = await accounts.FindAsync(userId, ct);
        var normalised = Domain.Organisations.InvitationEmail.Normalise(account!.Email);
        await accounts.AnonymiseAsync(userId, placeholder, ct);

        var expert = await db.Experts.Include(e => e.DeclaredConflicts).FirstOrDefaultAsync(e => e.UserId == userId, ct);
        expert?.Anonymise(label);
        await db.CalendarFeeds.Where(f => f.UserId == userId).ExecuteDeleteAsync(ct);
        await db.ApiTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(ct);
        await db.AccountSettings.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Notifications.Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
        await db.ProposalMessages.Where(m => m.AuthorUserId == userId).ExecuteUpdateAsync(u => u.SetProperty(m => m.AuthorDisplayName, label), ct);
        await db.JoinRequests.Where(r => r.UserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Email, placeholder).SetProperty(r => r.Message, (string?)null), ct);
        await db.Invitations.Where(i => i.InvitedByUserId == userId).ExecuteUpdateAsync(u => u.SetProperty(i => i.InvitedByEmail, placeholder), ct);
        await db.Invitations.Where(i => i.NormalizedEmail == normalised)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Email, placeholder).SetProperty(i => i.NormalizedEmail, placeholder), ct);
        await EraseAuditValues(db.AuditPersonalValues.Where(v => v.SubjectUserId == userId), now, ct);
        return true;
    }

    private async Task<Result<bool>> EraseDossier(Guid proposalId, DateTimeOffset now, CancellationToken ct)
    {
        var erasure = await Record(ErasureKind.Dossier, proposalId, "retention_period_over", now, ct);
        if (!erasure.IsSuccess)
        {
            return erasure.Error!;
        }

        var placeholder = $"dossier-{erasure.Value.Number}@{AnonymousEmailDomain}";
        await db.ProposalMessages.Where(m => m.ProposalId == proposalId)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Body, "—").SetProperty(m => m.AuthorDisplayName, AnonymousLabel(erasure.Value.Number)), ct);
        await db.Invitations.Where(i => i.ProposalId == proposalId)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Email, placeholder).SetProperty(i => i.NormalizedEmail, placeholder)
                .SetProperty(i => i.InvitedByEmail, placeholder), ct);
        await EraseAuditValues(db.AuditPersonalValues.Where(v => v.StreamType == AuditStreams.Proposal && v.StreamId == proposalId), now, ct);
        await EraseReviewsAndAttachments(proposalId, ct);
        // The PDFs print attachment names and free text: their bytes go, their hash records stay (verification still names
        // them, "issued, no longer kept"), as do the attachments' sizes and hashes.
        await db.DocumentContents.Where(c => db.GeneratedDocuments.Any(d => d.Id == c.DocumentId && d.ProposalId == proposalId)).ExecuteDeleteAsync(ct);
        return true;
    }

    private async Task EraseReviewsAndAttachments(Guid proposalId, CancellationToken ct)
    {
        foreach (var assignment in await db.ReviewAssignments.Where(a => a.ProposalId == proposalId).ToListAsync(ct))
        {
            assignment.ErasePersonalText();
        }

        var proposal = await db.Proposals.Include(p => p.Attachments).FirstAsync(p => p.Id == proposalId, ct);
        var attachmentIds = proposal.Attachments.Select(a => a.Id).ToHashSet();
        proposal.AnonymiseAttachmentNames();
        foreach (var version in await db.ProposalVersions.Where(v => v.ProposalId == proposalId).ToListAsync(ct))
        {
            attachmentIds.UnionWith(version.ListedAttachmentIds());
            version.AnonymiseAttachmentNames();
        }

        await db.SaveChangesAsync(ct);
        // The files themselves (CVs, letters, annexes) go for every dossier past its retention, funded or not; a submitted
        // version's attachments too, as the draft may have dropped them since.
        var ids = attachmentIds.ToList();
        await db.AttachmentContents.Where(c => ids.Contains(c.AttachmentId)).ExecuteDeleteAsync(ct);
    }

    private async Task<Result<PersonalDataErasure>> Record(ErasureKind kind, Guid subjectId, string reason, DateTimeOffset now, CancellationToken ct)
    {
        var erasure = PersonalDataErasure.Of(kind, subjectId, reason, now);
        db.PersonalDataErasures.Add(erasure);
        // Saved first, inside the transaction: its number names the person, and another run racing here loses on the unique index.
        var saved = await db.TrySaveChangesAsync(ct);
        return saved.IsSuccess ? erasure : saved.Error!;
    }

    private static async Task EraseAuditValues(IQueryable<AuditPersonalValue> values, DateTimeOffset now, CancellationToken ct) =>
        await values.Where(v => v.ErasedAt == null).ExecuteUpdateAsync(u => u
            .SetProperty(v => v.Value, (string?)null).SetProperty(v => v.Salt, (string?)null).SetProperty(v => v.ErasedAt, now), ct);
}
