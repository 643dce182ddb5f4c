using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Staf.Admin;

public class JenisPelanggaranModel(WbsDbContext db, AuditLog audit) : MasterDataPage<ViolationType>(db, audit)
{
    public override string Title => "Jenis pelanggaran";
    public override string Noun => "jenis pelanggaran";
    public override string Intro => "Pilihan jenis pelanggaran pada formulir pengaduan, dalam urutan yang ditampilkan. Jenis yang nonaktif tidak lagi dapat dipilih pelapor; pengaduan lama tetap memakainya.";
    public override int MaxNameLength => 100;
    protected override string AuditSubject => "jenis-pelanggaran";

    protected override ViolationType Create(string name, int sortOrder) => new() { Name = name, SortOrder = sortOrder };
}
