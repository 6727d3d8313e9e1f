using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using FundingPortal.Infrastructure.CoFunding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingPortal.Infrastructure.Persistence.Configurations;

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> b)
    {
        b.Property(c => c.Title).HasMaxLength(300);
        // Keyset paging of the list (CreatedAtKeyset): newest first, then id.
        b.HasIndex(c => new { c.CreatedAt, c.Id });
        b.Property(c => c.Programme).HasMaxLength(200);
        b.PrimitiveCollection(c => c.Territory).HasField("_territory").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property(c => c.Eligibility).HasJsonConversion();
        b.Property(c => c.EvaluationGrid).HasJsonConversion();
        b.ComplexProperty(c => c.Timeline, t =>
        {
            Instant(t.ComplexProperty(x => x.OpensAt), "opens_at");
            Instant(t.ComplexProperty(x => x.SubmissionDeadline), "submission_deadline");
            Instant(t.ComplexProperty(x => x.ReviewDeadline), "review_deadline");
            Instant(t.ComplexProperty(x => x.CommitteeDate), "committee_date");
            Instant(t.ComplexProperty(x => x.FundingDecisionDeadline), "funding_decision_deadline");
        });
        b.Property(c => c.PreProposal)
            .HasConversion(v => PreProposalColumn.Write(v!), v => PreProposalColumn.Read(v))
            .HasColumnType("jsonb");
        b.Ignore(c => c.IsTwoStage);
        b.OwnsMany(c => c.Funders, f =>
        {
            f.ToTable("call_funders");
            f.WithOwner().HasForeignKey(x => x.CallId);
            f.HasKey(x => new { x.CallId, x.FunderId });
            f.Property(x => x.Rates).HasJsonConversion();
            f.Property(x => x.OutOfTerritoryRates).HasJsonConversion();

            // What funding decisions have committed against the envelope: written only by SqlEnvelopeLedger's conditional
            // UPDATE, never by the domain, and bounded by the database itself.
            f.Property<decimal>(SqlEnvelopeLedgerColumns.Committed).HasPrecision(16, 2).HasDefaultValue(0m);
            f.ToTable(t => t.HasCheckConstraint("ck_call_funders_committed_within_envelope", "committed >= 0 AND committed <= envelope"));
        });
        b.Navigation(c => c.Funders).HasField("_funders").UsePropertyAccessMode(PropertyAccessMode.Field);

        // Two deadline sweeps racing on one call: only the first save of the announcement succeeds.
        b.Property(c => c.ClosedAnnouncedAt).IsConcurrencyToken();
    }

    private static void Instant(ComplexPropertyBuilder<LocalInstant> i, string prefix)
    {
        i.Property(x => x.LocalDateTime).HasColumnName($"{prefix}_local").HasColumnType("timestamp without time zone");
        i.Property(x => x.TimeZone).HasColumnName($"{prefix}_zone").HasMaxLength(64);
        i.Property(x => x.Utc).HasColumnName($"{prefix}_utc");
    }
}
