using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingPortal.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.Siren).HasMaxLength(9);
        b.Property(o => o.ParentSiren).HasMaxLength(9);
        b.Property(o => o.Region).HasMaxLength(10);
        b.Property(o => o.Category).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(o => o.Siren).IsUnique();
        b.Ignore(o => o.GroupKey);
    }
}

internal sealed class FunderConfiguration : IEntityTypeConfiguration<Funder>
{
    public void Configure(EntityTypeBuilder<Funder> b)
    {
        b.Property(f => f.Name).HasMaxLength(200);
        b.Property(f => f.Region).HasMaxLength(10);
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(f => f.Name).IsUnique();
    }
}
