using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class AttachmentBlobConfiguration : IEntityTypeConfiguration<AttachmentBlob>
{
    public void Configure(EntityTypeBuilder<AttachmentBlob> builder) => builder.HasKey(b => b.AttachmentId);
}
