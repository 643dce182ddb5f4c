using Wbs.Web.Data;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Staf.Admin;

public class UnitModel(WbsDbContext db, AuditLog audit) : MasterDataPage<Domain.Unit>(db, audit)
{
    public override string Title => "Unit kerja/OPD";
    public override string Noun => "unit kerja/OPD";
    public override string Intro => "Unit kerja atau Organisasi Perangkat Daerah yang dapat dipilih pelapor, dalam urutan yang ditampilkan. Unit yang nonaktif tidak lagi dapat dipilih; pengaduan lama tetap memakainya.";
    public override int MaxNameLength => 200;
    protected override string AuditSubject => "unit";

    protected override Domain.Unit Create(string name, int sortOrder) => new() { Name = name, SortOrder = sortOrder };
}
