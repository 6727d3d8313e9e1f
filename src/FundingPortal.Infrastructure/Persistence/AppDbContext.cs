using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Accounts;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Audit;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Clusters;
using FundingPortal.Domain.Committees;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Documents;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Notifications;
using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using FundingPortal.Domain.Reviews.Evaluation;
using FundingPortal.Domain.Reviews.Experts;
using FundingPortal.Infrastructure.Calendar;
using FundingPortal.Infrastructure.Identity;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Persistence;

/// <remarks>Pooled (AddDbContextPool), so its only constructor parameter is the options.</remarks>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IAppDbContext
{
    // Set when an outbox row is added, taken by OutboxWakeUp once the rows are committed or rolled back. A context
    // returned to the pool with it still set (rows added, never saved) costs the dispatcher one empty look, no more.
    private bool _outboxRowAdded;

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Funder> Funders => Set<Funder>();
    public DbSet<Call> Calls => Set<Call>();
    public DbSet<Cluster> Clusters => Set<Cluster>();
    public DbSet<ManagerMembership> ManagerMemberships => Set<ManagerMembership>();
    public DbSet<CoLabellingRequest> CoLabellingRequests => Set<CoLabellingRequest>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<ProposalVersion> ProposalVersions => Set<ProposalVersion>();
    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditSeal> AuditSeals => Set<AuditSeal>();
    public DbSet<AuditSealLeaf> AuditSealLeaves => Set<AuditSealLeaf>();
    public DbSet<AuditPersonalValue> AuditPersonalValues => Set<AuditPersonalValue>();
    public DbSet<FundingPortal.Domain.Privacy.PersonalDataErasure> PersonalDataErasures => Set<FundingPortal.Domain.Privacy.PersonalDataErasure>();
    public DbSet<GeneratedDocument> GeneratedDocuments => Set<GeneratedDocument>();
    public DbSet<DocumentContent> DocumentContents => Set<DocumentContent>();
    public DbSet<FundingRequest> FundingRequests => Set<FundingRequest>();
    public DbSet<CommitteeSession> CommitteeSessions => Set<CommitteeSession>();
    public DbSet<Expert> Experts => Set<Expert>();
    public DbSet<ReviewAssignment> ReviewAssignments => Set<ReviewAssignment>();
    public DbSet<ProposalEvaluation> ProposalEvaluations => Set<ProposalEvaluation>();
    public DbSet<LabellingDecision> LabellingDecisions => Set<LabellingDecision>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();
    public DbSet<ParkedMessage> ParkedMessages => Set<ParkedMessage>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<JoinRequest> JoinRequests => Set<JoinRequest>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<AccountSettings> AccountSettings => Set<AccountSettings>();
    public DbSet<ProposalMessage> ProposalMessages => Set<ProposalMessage>();
    public DbSet<CorrectionRequest> CorrectionRequests => Set<CorrectionRequest>();
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<AnnouncementRecipient> AnnouncementRecipients => Set<AnnouncementRecipient>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<ProtectedKey> ProtectedKeys => Set<ProtectedKey>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();
    public DbSet<RecoveryCode> RecoveryCodes => Set<RecoveryCode>();

    public async Task<Result> TrySaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (Exception exception) when (DatabaseErrors.IsRace(exception))
        {
            return ConcurrencyErrors.ConcurrentUpdate;
        }
    }

    /// <summary>Tells <see cref="OutboxWakeUp"/> that this unit of work has messages to send once it commits.</summary>
    internal void MarkOutboxRowAdded() => _outboxRowAdded = true;

    internal bool TakeOutboxRowAdded()
    {
        var added = _outboxRowAdded;
        _outboxRowAdded = false;
        return added;
    }

    public async Task<long> NextProposalNumberAsync(CancellationToken cancellationToken) =>
        await Database.SqlQueryRaw<long>("SELECT nextval('proposal_reference_seq') AS \"Value\"").SingleAsync(cancellationToken);

    public async Task<long> NextLabelCertificateNumberAsync(CancellationToken cancellationToken) =>
        await Database.SqlQueryRaw<long>("SELECT nextval('label_certificate_seq') AS \"Value\"").SingleAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasSequence<long>("proposal_reference_seq");
        builder.HasSequence<long>("label_certificate_seq");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Ids are assigned by the domain (version 7 GUIDs), so an entity added through a navigation must be
        // inserted, not mistaken for an existing row.
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            var id = entity.FindProperty("Id");
            if (id?.ClrType == typeof(Guid) && !entity.IsOwned())
            {
                id.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }
}
