using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Accounts;
using FundingPortal.Domain.Notifications;
using FundingPortal.Infrastructure.Messaging.Parking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingPortal.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.DedupKey).HasMaxLength(Notification.MaxDedupKeyLength);
        b.HasIndex(n => n.DedupKey).IsUnique();
        b.Property(n => n.Title).HasMaxLength(Notification.MaxTitleLength);
        b.Property(n => n.Link).HasMaxLength(500);
        b.Property(n => n.Reference).HasMaxLength(50);
        b.Property(n => n.Language).HasMaxLength(5).HasDefaultValue("fr");
        b.HasIndex(n => new { n.UserId, n.EmailedAt });
        // Keyset paging of the list (CreatedAtKeyset): newest first, then id.
        b.HasIndex(n => new { n.UserId, n.CreatedAt, n.Id });
    }
}

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> b)
    {
        b.HasKey(r => new { r.Kind, r.TargetId, r.Slot, r.RecipientId });
        b.Property(r => r.Kind).HasMaxLength(50);
        b.Property(r => r.Slot).HasMaxLength(50);
    }
}

internal sealed class ParkedMessageConfiguration : IEntityTypeConfiguration<ParkedMessage>
{
    public void Configure(EntityTypeBuilder<ParkedMessage> b)
    {
        b.Property(p => p.Queue).HasMaxLength(200);
        b.Property(p => p.MessageType).HasMaxLength(300);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(p => new { p.Queue, p.MessageId }).IsUnique();
        b.HasIndex(p => new { p.Status, p.NextRedeliveryAt });
    }
}

internal sealed class AccountSettingsConfiguration : IEntityTypeConfiguration<AccountSettings>
{
    public void Configure(EntityTypeBuilder<AccountSettings> b)
    {
        b.ToTable("account_settings");
        b.HasKey(s => s.UserId);
        b.Property(s => s.Language).HasMaxLength(5);
        b.Property(s => s.EmailFrequency).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(s => s.EmailFrequency);
    }
}

internal sealed class ProposalMessageConfiguration : IEntityTypeConfiguration<ProposalMessage>
{
    public void Configure(EntityTypeBuilder<ProposalMessage> b)
    {
        b.Property(m => m.AuthorDisplayName).HasMaxLength(300);
        b.Property(m => m.Side).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Body).HasMaxLength(ProposalMessage.MaxBodyLength);
        b.HasIndex(m => new { m.ProposalId, m.SentAt });
    }
}

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> b)
    {
        b.Property(a => a.Subject).HasMaxLength(Announcement.MaxSubjectLength);
        b.Property(a => a.Body).HasMaxLength(Announcement.MaxBodyLength);
        b.Property(a => a.Audience).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(a => a.CallId);
    }
}

internal sealed class AnnouncementRecipientConfiguration : IEntityTypeConfiguration<AnnouncementRecipient>
{
    public void Configure(EntityTypeBuilder<AnnouncementRecipient> b)
    {
        b.HasKey(r => new { r.AnnouncementId, r.UserId });
        b.Property(r => r.Email).HasMaxLength(256);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Failure).HasMaxLength(500);
        b.HasIndex(r => new { r.AnnouncementId, r.Status });
        b.HasOne<Announcement>().WithMany().HasForeignKey(r => r.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> b)
    {
        b.Property(s => s.Url).HasMaxLength(WebhookSubscription.MaxUrlLength);
        b.PrimitiveCollection(s => s.Events);
        b.HasIndex(s => s.Events).HasMethod("gin");
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.Property(d => d.EventType).HasMaxLength(40);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Attempts).HasField("_attempts").UsePropertyAccessMode(PropertyAccessMode.Field).HasJsonConversion();
        b.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.SubscriptionId, d.CreatedAt });
        // The retry sweep reads the pending deliveries by their next attempt.
        b.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'Pending'");
    }
}
