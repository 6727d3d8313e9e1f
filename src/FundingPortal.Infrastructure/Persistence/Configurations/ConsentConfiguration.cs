using FundingPortal.Domain.Notifications;
using FundingPortal.Domain.Organisations;
using FundingPortal.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingPortal.Infrastructure.Persistence.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Email).HasMaxLength(Invitation.MaxEmailLength);
        b.Property(i => i.NormalizedEmail).HasMaxLength(Invitation.MaxEmailLength);
        b.Property(i => i.InvitedByEmail).HasMaxLength(256);
        b.Property(i => i.OrganisationName).HasMaxLength(Invitation.MaxOrganisationNameLength);
        b.HasIndex(i => new { i.NormalizedEmail, i.Status });
        b.HasIndex(i => new { i.OrganisationId, i.Status });
        b.HasIndex(i => new { i.ProposalId, i.Status });
        b.HasIndex(i => new { i.CallId, i.Status });
        // An answer and a revocation racing: the row's xmin lets only one of them commit.
        b.Property<uint>("Version").IsRowVersion();
    }
}

internal sealed class JoinRequestConfiguration : IEntityTypeConfiguration<JoinRequest>
{
    public void Configure(EntityTypeBuilder<JoinRequest> b)
    {
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Email).HasMaxLength(256);
        b.Property(r => r.Message).HasMaxLength(JoinRequest.MaxMessageLength);
        b.HasIndex(r => new { r.OrganisationId, r.Status });
        b.HasIndex(r => new { r.UserId, r.Status });
        b.Property<uint>("Version").IsRowVersion();
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> b)
    {
        b.HasKey(f => f.UserId);
        b.Property(f => f.Nonce).HasMaxLength(64);
        b.Property(f => f.TokenHash).HasMaxLength(64);
        b.HasIndex(f => f.TokenHash).IsUnique();
    }
}

internal sealed class ProtectedKeyConfiguration : IEntityTypeConfiguration<ProtectedKey>
{
    public void Configure(EntityTypeBuilder<ProtectedKey> b)
    {
        b.HasKey(k => k.Name);
        b.Property(k => k.Name).HasMaxLength(100);
    }
}
