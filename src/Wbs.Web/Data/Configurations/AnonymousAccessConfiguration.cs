using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class AnonymousAccessConfiguration : IEntityTypeConfiguration<AnonymousAccess>
{
    public void Configure(EntityTypeBuilder<AnonymousAccess> builder)
    {
        builder.HasKey(a => a.ReportId);
        builder.Property(a => a.CodeHash).HasMaxLength(200);
        builder.Property(a => a.SessionStamp).HasMaxLength(64);
        builder.HasOne<Complaint>().WithOne().HasForeignKey<AnonymousAccess>(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
