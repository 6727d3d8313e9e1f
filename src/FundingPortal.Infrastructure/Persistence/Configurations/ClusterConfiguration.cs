using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Clusters;
using FundingPortal.Domain.Proposals;
using FundingPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingPortal.Infrastructure.Persistence.Configurations;

internal sealed class ClusterConfiguration : IEntityTypeConfiguration<Cluster>
{
    public void Configure(EntityTypeBuilder<Cluster> b)
    {
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.ShortName).HasMaxLength(20);
        b.HasIndex(c => c.ShortName).IsUnique();
        b.PrimitiveCollection(c => c.Regions).HasField("_regions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ManagerMembershipConfiguration : IEntityTypeConfiguration<ManagerMembership>
{
    public void Configure(EntityTypeBuilder<ManagerMembership> b)
    {
        b.HasKey(m => m.UserId);
        b.HasOne<AppUser>().WithOne().HasForeignKey<ManagerMembership>(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Cluster>().WithMany().HasForeignKey(m => m.ClusterId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => m.ClusterId);
    }
}

internal sealed class CoLabellingRequestConfiguration : IEntityTypeConfiguration<CoLabellingRequest>
{
    public void Configure(EntityTypeBuilder<CoLabellingRequest> b)
    {
        b.HasIndex(r => new { r.ProposalId, r.ClusterId }).IsUnique();
        b.HasIndex(r => r.ClusterId);
        b.HasOne<Proposal>().WithMany().HasForeignKey(r => r.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Cluster>().WithMany().HasForeignKey(r => r.ClusterId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Ignore(r => r.IsDecided);
    }
}

/// <summary>Every call belongs to a cluster (the key sits on the call, configured here with the rest of the alliance).</summary>
internal sealed class CallClusterConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> b)
    {
        b.HasOne<Cluster>().WithMany().HasForeignKey(c => c.ClusterId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.ClusterId);
    }
}
