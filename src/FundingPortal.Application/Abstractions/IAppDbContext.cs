using FundingPortal.Domain.Accounts;
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
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FundingPortal.Application.Abstractions;

/// <summary>The unit of work. Use cases query and change aggregates through EF Core directly (see docs/adr).</summary>
public interface IAppDbContext
{
    DbSet<Organisation> Organisations { get; }
    DbSet<Funder> Funders { get; }
    DbSet<Call> Calls { get; }
    DbSet<Cluster> Clusters { get; }
    DbSet<ManagerMembership> ManagerMemberships { get; }
    DbSet<CoLabellingRequest> CoLabellingRequests { get; }
    DbSet<Proposal> Proposals { get; }
    DbSet<ProposalVersion> ProposalVersions { get; }
    DbSet<AttachmentContent> AttachmentContents { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<AuditSeal> AuditSeals { get; }
    DbSet<AuditSealLeaf> AuditSealLeaves { get; }
    DbSet<AuditPersonalValue> AuditPersonalValues { get; }
    DbSet<FundingPortal.Domain.Privacy.PersonalDataErasure> PersonalDataErasures { get; }
    DbSet<Notification> Notifications { get; }
    DbSet<SentReminder> SentReminders { get; }
    DbSet<GeneratedDocument> GeneratedDocuments { get; }
    DbSet<DocumentContent> DocumentContents { get; }
    DbSet<FundingRequest> FundingRequests { get; }
    DbSet<CommitteeSession> CommitteeSessions { get; }
    DbSet<Expert> Experts { get; }
    DbSet<ReviewAssignment> ReviewAssignments { get; }
    DbSet<ProposalEvaluation> ProposalEvaluations { get; }
    DbSet<LabellingDecision> LabellingDecisions { get; }
    DbSet<Invitation> Invitations { get; }
    DbSet<JoinRequest> JoinRequests { get; }
    DbSet<CalendarFeed> CalendarFeeds { get; }
    DbSet<AccountSettings> AccountSettings { get; }
    DbSet<ProposalMessage> ProposalMessages { get; }
    DbSet<CorrectionRequest> CorrectionRequests { get; }
    DbSet<Announcement> Announcements { get; }
    DbSet<AnnouncementRecipient> AnnouncementRecipients { get; }
    DbSet<ApiToken> ApiTokens { get; }
    DbSet<WebhookSubscription> WebhookSubscriptions { get; }
    DbSet<WebhookDelivery> WebhookDeliveries { get; }

    ChangeTracker ChangeTracker { get; }

    /// <summary>Saves where a race is a bug: a lost race surfaces as an exception (409 <c>concurrent_update</c> at the edge).</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves where a race is expected: another writer committed the same rows first (a concurrency token moved, a unique
    /// index refused a duplicate, a serialisation failure or deadlock) answers <c>ConcurrencyErrors.ConcurrentUpdate</c>.
    /// </summary>
    Task<Result> TrySaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Next number of the human-readable dossier reference sequence (FP-2026-0042).</summary>
    Task<long> NextProposalNumberAsync(CancellationToken cancellationToken);

    /// <summary>Next number of the label certificate sequence (LAB-2026-0007).</summary>
    Task<long> NextLabelCertificateNumberAsync(CancellationToken cancellationToken);
}
