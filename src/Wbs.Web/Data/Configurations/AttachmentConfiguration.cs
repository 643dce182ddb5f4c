using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

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
