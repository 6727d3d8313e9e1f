using FundingPortal.Domain.Audit;
using FundingPortal.Infrastructure.Identity;
using FundingPortal.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingPortal.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.Id).UseIdentityAlwaysColumn();
        b.HasIndex(a => new { a.StreamType, a.StreamId, a.Sequence }).IsUnique();
        b.Property(a => a.StreamType).HasMaxLength(30);
        b.Property(a => a.Action).HasMaxLength(60);
        b.Property(a => a.FromState).HasMaxLength(40);
        b.Property(a => a.ToState).HasMaxLength(40);
        b.Property(a => a.Hash).HasMaxLength(64);
        b.Property(a => a.PreviousHash).HasMaxLength(64);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(m => m.Type).HasMaxLength(300);
        b.Property(m => m.Payload).HasColumnType("jsonb");
        b.Property(m => m.Destination).HasMaxLength(200);
        b.HasIndex(m => m.OccurredAt).HasFilter("dispatched_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
    }
}

internal sealed class ProcessedMessageConfiguration : IEntityTypeConfiguration<ProcessedMessage>
{
    public void Configure(EntityTypeBuilder<ProcessedMessage> b) => b.HasKey(m => new { m.Consumer, m.MessageId });
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.HasIndex(u => u.OrganisationId);
        b.HasIndex(u => u.FunderId);
        b.Property(u => u.TotpSecret).HasMaxLength(64);
    }
}
