using FundingPortal.Domain.CoFunding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingPortal.Infrastructure.Persistence.Configurations;

internal sealed class FundingRequestConfiguration : IEntityTypeConfiguration<FundingRequest>
{
    public void Configure(EntityTypeBuilder<FundingRequest> b)
    {
        b.HasIndex(r => new { r.ProposalId, r.FunderId }).IsUnique();
        b.HasIndex(r => new { r.CallId, r.FunderId });
        b.HasIndex(r => r.FunderId);
        b.Property(r => r.RequestedAid).HasPrecision(16, 2);
        b.Property(r => r.GrantedAid).HasPrecision(16, 2);
        b.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Comment).HasMaxLength(FundingRequest.MaxCommentLength);
        b.Property(r => r.ConcurrencyVersion).IsConcurrencyToken();
        b.Ignore(r => r.IsDecided);
        b.Ignore(r => r.IsFullyGranted);
        b.HasOne<Domain.Proposals.Proposal>().WithMany().HasForeignKey(r => r.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.OwnsMany(r => r.Lines, l =>
        {
            l.ToTable("funding_request_lines");
            l.WithOwner().HasForeignKey("FundingRequestId");
            l.HasKey("FundingRequestId", nameof(FundingRequestLine.OrganisationId));
            l.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
            l.Property(x => x.Region).HasMaxLength(10);
            l.Property(x => x.EligibleCosts).HasPrecision(16, 2);
            l.Property(x => x.Rate).HasColumnType("numeric");
            l.Property(x => x.RequestedAid).HasPrecision(16, 2);
            l.Property(x => x.GrantedAmount).HasPrecision(16, 2);
            l.Property(x => x.Instrument).HasConversion<string>().HasMaxLength(30);
        });
        b.Navigation(r => r.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
