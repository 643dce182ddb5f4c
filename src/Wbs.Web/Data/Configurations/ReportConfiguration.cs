using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Property(r => r.RegistrationNumber).HasMaxLength(20);
        builder.HasIndex(r => r.RegistrationNumber).IsUnique();
        builder.HasIndex(r => new { r.Year, r.Sequence }).IsUnique();
        builder.HasIndex(r => new { r.ReporterId, r.SubmittedAt });
        // Covers the public statistics' year query (SubmittedAt range, grouped by type and status, with durations).
        builder.HasIndex(r => new { r.SubmittedAt, r.ViolationTypeId, r.Status, r.ResolvedAt });
        builder.HasIndex(r => new { r.Status, r.SubmittedAt });
        builder.HasIndex(r => new { r.AssignedToId, r.Status });
        builder.HasIndex(r => r.DueOn);
        builder.Property(r => r.AssignedToId).HasMaxLength(450);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.ForwardedTo).HasMaxLength(100);
        builder.Property(r => r.ReporterId).HasMaxLength(450);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ViolationType).WithMany().HasForeignKey(r => r.ViolationTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReportEventConfiguration : IEntityTypeConfiguration<ReportEvent>
{
    public void Configure(EntityTypeBuilder<ReportEvent> builder)
    {
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(e => new { e.ReportId, e.At });
    }
}

public sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.RemovedMetadata).HasMaxLength(1000);

        // Evidence belongs to a complaint or a gratification report (ids never collide), so no foreign key names one.
        builder.HasIndex(a => new { a.ReportId, a.CreatedAt });
        builder.HasOne(a => a.Blob).WithOne().HasForeignKey<AttachmentBlob>(b => b.AttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AttachmentBlobConfiguration : IEntityTypeConfiguration<AttachmentBlob>
{
    public void Configure(EntityTypeBuilder<AttachmentBlob> builder) => builder.HasKey(b => b.AttachmentId);
}

public sealed class RegistrationCounterConfiguration : IEntityTypeConfiguration<RegistrationCounter>
{
    public void Configure(EntityTypeBuilder<RegistrationCounter> builder)
    {
        builder.HasKey(c => new { c.Prefix, c.Year });
        builder.Property(c => c.Prefix).HasMaxLength(8);
    }
}

public sealed class ViolationTypeConfiguration : IEntityTypeConfiguration<ViolationType>
{
    public void Configure(EntityTypeBuilder<ViolationType> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(100);
        builder.HasIndex(v => v.Name).IsUnique();
    }
}

public sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.HasIndex(u => u.Name).IsUnique();
    }
}

public sealed class DataKeyConfiguration : IEntityTypeConfiguration<DataKey>
{
    public void Configure(EntityTypeBuilder<DataKey> builder)
    {
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.MasterKeyId).HasMaxLength(64);
        builder.HasIndex(k => k.MasterKeyId);
    }
}

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.Subject).HasMaxLength(256);
        builder.Property(e => e.Detail).HasMaxLength(2000);

        // Rows written before the chain was keyed read as version 1.
        builder.Property(e => e.Version).HasDefaultValue(1).ValueGeneratedNever();
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => e.At);
    }
}

public sealed class KeyRingStateConfiguration : IEntityTypeConfiguration<KeyRingState>
{
    public void Configure(EntityTypeBuilder<KeyRingState> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ActiveMasterKeyId).HasMaxLength(64);
    }
}

public sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> builder)
    {
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(64);
    }
}

public sealed class ReportMessageConfiguration : IEntityTypeConfiguration<ReportMessage>
{
    public void Configure(EntityTypeBuilder<ReportMessage> builder)
    {
        builder.Property(m => m.StaffId).HasMaxLength(450);

        // A message belongs to a complaint or a gratification report, like evidence.
        builder.HasIndex(m => new { m.ReportId, m.At });
    }
}

public sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> builder)
    {
        builder.HasKey(h => h.Date);
        builder.Property(h => h.Name).HasMaxLength(150);
    }
}
