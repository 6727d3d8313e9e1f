using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingPortal.Infrastructure.Persistence.Configurations;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> b)
    {
        b.Property(p => p.Reference).HasMaxLength(30);
        b.HasIndex(p => p.Reference).IsUnique();
        b.HasIndex(p => new { p.CallId, p.Status });
        b.HasIndex(p => p.LeadOrganisationId);
        // Keyset paging of the list (CreatedAtKeyset): newest first, then id.
        b.HasIndex(p => new { p.CreatedAt, p.Id });
        b.Property(p => p.Acronym).HasMaxLength(30);
        b.Property(p => p.Title).HasMaxLength(300);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(p => p.ShortlistFeedback).HasMaxLength(Proposal.MaxFeedbackLength);
        b.Ignore(p => p.TotalEstimate);
        b.Property(p => p.ConcurrencyVersion).IsConcurrencyToken();
        b.Ignore(p => p.TotalBudget);
        b.Ignore(p => p.ETag);
        b.Ignore(p => p.MayBeCarriedOver);
        // A dossier is carried over once: a second draft from the same dossier is refused even under a race.
        b.HasIndex(p => p.CarriedFromProposalId).IsUnique();
        b.PrimitiveCollection(p => p.Keywords).HasField("_keywords").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.PrimitiveCollection(p => p.ExcludedExpertIds).HasField("_excludedExpertIds").UsePropertyAccessMode(PropertyAccessMode.Field);

        b.HasMany(p => p.Partners).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Partners).HasField("_partners").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(p => p.Attachments).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(p => p.Corrections).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Corrections).HasField("_corrections").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ProposalPartnerConfiguration : IEntityTypeConfiguration<ProposalPartner>
{
    public void Configure(EntityTypeBuilder<ProposalPartner> b)
    {
        b.HasKey(p => new { p.ProposalId, p.OrganisationId });
        b.HasIndex(p => p.OrganisationId);
        b.Ignore(p => p.HasBudget);
        b.Property(p => p.EstimatedTotal).HasPrecision(16, 2);
        b.ComplexProperty(p => p.Budget, budget =>
        {
            budget.Property(x => x.Personnel).HasColumnName("personnel").HasPrecision(14, 2);
            budget.Property(x => x.Overheads).HasColumnName("overheads").HasPrecision(14, 2);
            budget.Property(x => x.Subcontracting).HasColumnName("subcontracting").HasPrecision(14, 2);
            budget.Property(x => x.Equipment).HasColumnName("equipment").HasPrecision(14, 2);
            budget.Property(x => x.OtherCosts).HasColumnName("other_costs").HasPrecision(14, 2);
        });
    }
}

internal sealed class ProposalAttachmentConfiguration : IEntityTypeConfiguration<ProposalAttachment>
{
    public void Configure(EntityTypeBuilder<ProposalAttachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
    }
}

internal sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> b) => b.HasKey(a => a.AttachmentId);
}

internal sealed class ProposalVersionConfiguration : IEntityTypeConfiguration<ProposalVersion>
{
    public void Configure(EntityTypeBuilder<ProposalVersion> b)
    {
        b.HasIndex(v => new { v.ProposalId, v.Number }).IsUnique();
        b.HasIndex(v => new { v.ProposalId, v.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
        b.Property(v => v.Sha256).HasMaxLength(64);
        b.Property(v => v.ReceiptNumber).HasMaxLength(50);
        b.Property(v => v.IdempotencyKey).HasMaxLength(200);
    }
}

internal sealed class CorrectionRequestConfiguration : IEntityTypeConfiguration<CorrectionRequest>
{
    public void Configure(EntityTypeBuilder<CorrectionRequest> b)
    {
        b.Property(c => c.Message).HasMaxLength(CorrectionRequest.MaxMessageLength);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.PrimitiveCollection(c => c.Scope).HasField("_scope").UsePropertyAccessMode(PropertyAccessMode.Field).ElementType(e => e.HasConversion<string>());
        b.ComplexProperty(c => c.DueAt, i =>
        {
            i.Property(x => x.LocalDateTime).HasColumnName("due_at_local").HasColumnType("timestamp without time zone");
            i.Property(x => x.TimeZone).HasColumnName("due_at_zone").HasMaxLength(64);
            i.Property(x => x.Utc).HasColumnName("due_at_utc");
        });
        b.HasIndex(c => c.Status);
    }
}
