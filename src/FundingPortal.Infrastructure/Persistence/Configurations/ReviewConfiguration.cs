using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using FundingPortal.Domain.Reviews.Evaluation;
using FundingPortal.Domain.Reviews.Experts;
using FundingPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingPortal.Infrastructure.Persistence.Configurations;

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> b)
    {
        b.HasOne<AppUser>().WithOne().HasForeignKey<Expert>(e => e.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.UserId).IsUnique();
        b.Property(e => e.DisplayName).HasMaxLength(120);
        b.PrimitiveCollection(e => e.Expertise).HasField("_expertise").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property(e => e.Affiliations).HasField("_affiliations").UsePropertyAccessMode(PropertyAccessMode.Field).HasJsonConversion();
        b.PrimitiveCollection(e => e.CallIds).HasField("_callIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(e => e.CallIds).HasMethod("gin");
        b.HasMany(e => e.DeclaredConflicts).WithOne().HasForeignKey(c => c.ExpertId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.DeclaredConflicts).HasField("_declaredConflicts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ExpertConflictDeclarationConfiguration : IEntityTypeConfiguration<ExpertConflictDeclaration>
{
    public void Configure(EntityTypeBuilder<ExpertConflictDeclaration> b)
    {
        b.ToTable("expert_conflicts");
        b.Property(c => c.Reason).HasMaxLength(Expert.MaxConflictReasonLength);
    }
}

internal sealed class ReviewAssignmentConfiguration : IEntityTypeConfiguration<ReviewAssignment>
{
    public void Configure(EntityTypeBuilder<ReviewAssignment> b)
    {
        b.HasOne<Proposal>().WithMany().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Expert>().WithMany().HasForeignKey(a => a.ExpertId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.ProposalId, a.ExpertId }).IsUnique();
        b.HasIndex(a => new { a.ExpertId, a.Status });
        b.HasIndex(a => new { a.CallId, a.ExpertId });
        // Keyset paging of the list (CreatedAtKeyset): newest first, then id.
        b.HasIndex(a => new { a.ExpertId, a.AssignedAt, a.Id });
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Origin).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.DeclineReason).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.DeclineComment).HasMaxLength(ReviewAssignment.MaxDeclineCommentLength);
        b.Property(a => a.ConcurrencyVersion).IsConcurrencyToken();
        b.Ignore(a => a.IsActive);
        b.Ignore(a => a.HasSubmittedReview);
        b.OwnsOne(a => a.Review, r =>
        {
            r.ToTable("reviews");
            r.WithOwner().HasForeignKey("AssignmentId");
            r.Property(x => x.Scores).HasField("_scores").UsePropertyAccessMode(PropertyAccessMode.Field).HasJsonConversion();
            r.Property(x => x.Comments).HasField("_comments").UsePropertyAccessMode(PropertyAccessMode.Field).HasJsonConversion();
            r.Property(x => x.Recommendation).HasConversion<string>().HasMaxLength(20);
        });
    }
}

internal sealed class ProposalEvaluationConfiguration : IEntityTypeConfiguration<ProposalEvaluation>
{
    public void Configure(EntityTypeBuilder<ProposalEvaluation> b)
    {
        b.HasKey(e => e.ProposalId);
        b.HasOne<Proposal>().WithOne().HasForeignKey<ProposalEvaluation>(e => e.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => e.CallId);
        b.Property(e => e.WeightedScore).HasPrecision(7, 2);
        b.Property(e => e.InnovationMean).HasPrecision(7, 2);
        b.Property(e => e.MarketMean).HasPrecision(7, 2);
        b.Property(e => e.ConcurrencyVersion).IsConcurrencyToken();
    }
}

internal sealed class LabellingDecisionConfiguration : IEntityTypeConfiguration<LabellingDecision>
{
    public void Configure(EntityTypeBuilder<LabellingDecision> b)
    {
        b.HasOne<Proposal>().WithOne().HasForeignKey<LabellingDecision>(d => d.ProposalId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => d.ProposalId).IsUnique();
        b.HasIndex(d => d.CertificateNumber).IsUnique().HasFilter("certificate_number IS NOT NULL");
        b.HasIndex(d => d.CallId);
        b.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Motivation).HasMaxLength(LabellingDecision.MaxMotivationLength);
        b.Property(d => d.CertificateNumber).HasMaxLength(30);
    }
}
