using FundingPortal.Domain.Audit;
using FundingPortal.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingPortal.Infrastructure.Persistence.Configurations;

internal sealed class AuditPersonalValueConfiguration : IEntityTypeConfiguration<AuditPersonalValue>
{
    public void Configure(EntityTypeBuilder<AuditPersonalValue> b)
    {
        b.HasKey(v => v.Digest);
        b.Property(v => v.Digest).HasMaxLength(64);
        b.Property(v => v.StreamType).HasMaxLength(30);
        b.Property(v => v.Salt).HasMaxLength(32);
        b.HasIndex(v => new { v.StreamType, v.StreamId });
        b.HasIndex(v => v.SubjectUserId);
    }
}

internal sealed class PersonalDataErasureConfiguration : IEntityTypeConfiguration<PersonalDataErasure>
{
    public void Configure(EntityTypeBuilder<PersonalDataErasure> b)
    {
        b.HasKey(e => e.Number);
        b.Property(e => e.Number).UseIdentityAlwaysColumn();
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Reason).HasMaxLength(200);
        b.HasIndex(e => new { e.Kind, e.SubjectId }).IsUnique();
    }
}
