using FundingPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingPortal.Infrastructure.Persistence.Configurations;

internal sealed class GeneratedDocumentConfiguration : IEntityTypeConfiguration<GeneratedDocument>
{
    private const int DocumentVerificationCodeLength = 32;

    public void Configure(EntityTypeBuilder<GeneratedDocument> b)
    {
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Sha256).HasMaxLength(64);
        b.HasIndex(d => new { d.ProposalId, d.Kind, d.Version }).IsUnique();
        b.Property(d => d.VerificationCode).HasMaxLength(DocumentVerificationCodeLength);
        // The public verification looks documents up by their hash or by the code of their QR code.
        b.HasIndex(d => d.Sha256);
        b.HasIndex(d => d.VerificationCode);
        // The renderers' claim (PendingDocumentBatch): by priority, then the oldest Pending rows, however many are Ready.
        b.HasIndex(d => new { d.RenderPriority, d.LastRequestedAt, d.Id }).HasFilter("status = 'Pending'").HasDatabaseName("ix_generated_documents_pending");
    }
}

internal sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContent>
{
    public void Configure(EntityTypeBuilder<DocumentContent> b) => b.HasKey(c => c.DocumentId);
}
