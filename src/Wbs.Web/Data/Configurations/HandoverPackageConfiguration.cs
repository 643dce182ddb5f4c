using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class HandoverPackageConfiguration : IEntityTypeConfiguration<HandoverPackage>
{
    public void Configure(EntityTypeBuilder<HandoverPackage> builder)
    {
        builder.Property(p => p.Recipient).HasMaxLength(100);
        builder.Property(p => p.LetterNumber).HasMaxLength(100);
        builder.Property(p => p.CreatedById).HasMaxLength(450);
        builder.Property(p => p.Sha256).HasMaxLength(64);
        builder.HasIndex(p => new { p.ReportId, p.CreatedAt });
    }
}
