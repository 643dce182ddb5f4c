using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("Reports");
        builder.Property(r => r.RegistrationNumber).HasMaxLength(20);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.RegistrationNumber).IsUnique();
        builder.HasIndex(r => new { r.Year, r.Sequence }).IsUnique();
        builder.HasIndex(r => new { r.ReporterId, r.SubmittedAt });
        // Covers the public statistics' year query (SubmittedAt range, grouped by type and status, with durations).
        builder.HasIndex(r => new { r.SubmittedAt, r.ViolationTypeId, r.Status, r.ResolvedAt });
        builder.HasIndex(r => new { r.Status, r.SubmittedAt });
        // The inbox lists newest first under each filter it offers, a Verifikator's within their own reports.
        builder.HasIndex(r => new { r.AssignedToId, r.Status, r.SubmittedAt });
        builder.HasIndex(r => new { r.AssignedToId, r.SubmittedAt });
        builder.HasIndex(r => new { r.UnitId, r.SubmittedAt });
        builder.HasIndex(r => new { r.ViolationTypeId, r.SubmittedAt });
        // The overdue list (newest first) and the deadline digest read only reports with a deadline, of which those not
        // yet late are the few due from today on. A plain index on DueOn would lure SQLite into sorting every late report.
        builder.HasIndex(r => new { r.SubmittedAt, r.RegistrationNumber }, "IX_Reports_Open_SubmittedAt").HasFilter("\"DueOn\" IS NOT NULL");
        builder.HasIndex(r => r.RetainUntil);
        builder.Property(r => r.AssignedToId).HasMaxLength(450);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.ForwardedTo).HasMaxLength(100);
        builder.Property(r => r.ReporterId).HasMaxLength(450);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(r => new { r.Channel, r.SubmittedAt });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ViolationType).WithMany().HasForeignKey(r => r.ViolationTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
