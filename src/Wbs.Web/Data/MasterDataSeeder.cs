using Microsoft.EntityFrameworkCore;
using Wbs.Web.Domain;

namespace Wbs.Web.Data;

/// <summary>First-run master data: the violation types and Kota Bontang's OPD.</summary>
public static class MasterDataSeeder
{
    public static readonly string[] ViolationTypes =
    [
        "Korupsi", "Suap", "Gratifikasi", "Pungutan Liar", "Pengadaan Barang/Jasa", "Penyalahgunaan Wewenang",
        "Benturan Kepentingan", "Pelanggaran Disiplin ASN", "Pelanggaran Kode Etik", "Pelayanan Publik", "Lainnya",
    ];

    public static readonly string[] Units =
    [
        "Sekretariat Daerah",
        "Sekretariat DPRD",
        "Inspektorat",
        "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        "Badan Pendapatan Daerah",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "Badan Penanggulangan Bencana Daerah",
        "Badan Kesatuan Bangsa dan Politik",
        "Dinas Pendidikan dan Kebudayaan",
        "Dinas Kesehatan",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Dinas Perumahan, Kawasan Permukiman dan Pertanahan",
        "Satuan Polisi Pamong Praja",
        "Dinas Pemadam Kebakaran dan Penyelamatan",
        "Dinas Sosial dan Pemberdayaan Masyarakat",
        "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana",
        "Dinas Lingkungan Hidup",
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Dinas Perhubungan",
        "Dinas Komunikasi dan Informatika",
        "Dinas Koperasi, Usaha Mikro, Perdagangan dan Perindustrian",
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "Dinas Pemuda, Olahraga dan Pariwisata",
        "Dinas Perpustakaan dan Kearsipan",
        "Dinas Ketahanan Pangan, Pertanian dan Perikanan",
        "Dinas Tenaga Kerja",
        "RSUD Taman Husada",
        "Kecamatan Bontang Utara",
        "Kecamatan Bontang Selatan",
        "Kecamatan Bontang Barat",
        "Kelurahan (lainnya)",
    ];

    /// <summary>Pelapor for reporters; the staff roles.</summary>
    public static readonly string[] Roles = ["Pelapor", "Verifikator", "Inspektur", "UPG", "Admin"];

    public static async Task SeedAsync(WbsDbContext db, CancellationToken ct)
    {
        var existingRoles = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var role in Roles.Except(existingRoles.OfType<string>()))
        {
            db.Roles.Add(new Microsoft.AspNetCore.Identity.IdentityRole(role)
            {
                NormalizedName = role.ToUpperInvariant(),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            });
        }

        if (!await db.ViolationTypes.AnyAsync(ct))
        {
            db.ViolationTypes.AddRange(ViolationTypes.Select((name, i) => new ViolationType { Name = name, SortOrder = i + 1 }));
        }

        if (!await db.Holidays.AnyAsync(ct))
        {
            db.Holidays.AddRange(HolidaySeed.All());
        }

        if (!await db.Units.AnyAsync(ct))
        {
            db.Units.AddRange(Units.Select((name, i) => new Unit { Name = name, SortOrder = i + 1 }));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node seeded at the same moment; the unique names kept the data single.
            db.ChangeTracker.Clear();
        }
    }
}
