using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class GratificationReportConfiguration : IEntityTypeConfiguration<GratificationReport>
{
    public void Configure(EntityTypeBuilder<GratificationReport> builder)
    {
        builder.Property(r => r.RegistrationNumber).HasMaxLength(20);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.RegistrationNumber).IsUnique();
        builder.HasIndex(r => new { r.Year, r.Sequence }).IsUnique();
        builder.HasIndex(r => new { r.OwnerRef, r.SubmittedAt });
        builder.HasIndex(r => r.RetainUntil);

        // Covers the public statistics' year query, as for complaints.
        builder.HasIndex(r => new { r.SubmittedAt, r.Status, r.ResolvedAt });
        builder.HasIndex(r => new { r.Status, r.SubmittedAt });
        builder.HasIndex(r => r.DueOn);
        builder.Property(r => r.OwnerRef).HasMaxLength(450);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.KpkDecision).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.KpkSignatoryLevel).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.KpkDecisionSignedBy).HasMaxLength(200);
        builder.Property(r => r.KpkDecisionNumber).HasMaxLength(100);
        // No foreign key to the account: the owner is a keyed reference, so nothing in the database links them.
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
