using FundingPortal.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingPortal.Infrastructure.Persistence.Configurations;

/// <summary>Seals and their leaves; a trigger written by the migration Issue25_Seals refuses any UPDATE or DELETE of either.</summary>
internal sealed class AuditSealConfiguration : IEntityTypeConfiguration<AuditSeal>
{
    public void Configure(EntityTypeBuilder<AuditSeal> b)
    {
        b.Property(s => s.Id).UseIdentityAlwaysColumn();
        b.Property(s => s.Digest).HasMaxLength(64);
        b.Property(s => s.FileName).HasMaxLength(100);
        b.HasIndex(s => s.Date);
        b.HasMany(s => s.Leaves).WithOne().HasForeignKey(l => l.SealId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(s => s.Leaves).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(s => s.Heads);
    }
}

internal sealed class AuditSealLeafConfiguration : IEntityTypeConfiguration<AuditSealLeaf>
{
    public void Configure(EntityTypeBuilder<AuditSealLeaf> b)
    {
        b.HasKey(l => new { l.SealId, l.Position });
        b.Property(l => l.Position).ValueGeneratedNever();
        b.HasIndex(l => new { l.SealId, l.StreamType, l.StreamId }).IsUnique();
        b.Property(l => l.StreamType).HasMaxLength(30);
        b.Property(l => l.Hash).HasMaxLength(64);
        b.Ignore(l => l.Head);
    }
}
