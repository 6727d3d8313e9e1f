using FundingPortal.Domain.Committees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingPortal.Infrastructure.Persistence.Configurations;

internal sealed class CommitteeSessionConfiguration : IEntityTypeConfiguration<CommitteeSession>
{
    public void Configure(EntityTypeBuilder<CommitteeSession> b)
    {
        b.HasIndex(s => s.CallId);
        b.Property(s => s.Location).HasMaxLength(CommitteeSession.MaxLocationLength);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.ConcurrencyVersion).IsConcurrencyToken();
        b.ComplexProperty(s => s.StartsAt, i =>
        {
            i.Property(x => x.LocalDateTime).HasColumnName("starts_at_local").HasColumnType("timestamp without time zone");
            i.Property(x => x.TimeZone).HasColumnName("starts_at_zone").HasMaxLength(64);
            i.Property(x => x.Utc).HasColumnName("starts_at_utc");
        });

        b.HasMany(s => s.Members).WithOne().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(s => s.Agenda).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Agenda).HasField("_agenda").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(s => s.Recusals).WithOne().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Recusals).HasField("_recusals").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> b)
    {
        b.ToTable("committee_members");
        b.HasKey(m => new { m.SessionId, m.UserId });
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("committee_agenda_items");
        b.HasKey(a => new { a.SessionId, a.ProposalId });
        // A dossier goes before one committee: a second session cannot put it on its agenda, even under a race.
        b.HasIndex(a => a.ProposalId).IsUnique();
        b.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Ignore(a => a.IsVoted);
    }
}

internal sealed class RecusalConfiguration : IEntityTypeConfiguration<Recusal>
{
    public void Configure(EntityTypeBuilder<Recusal> b)
    {
        b.ToTable("committee_recusals");
        b.HasKey(r => new { r.SessionId, r.UserId, r.ProposalId });
        b.Property(r => r.Reason).HasMaxLength(1_000);
    }
}
