namespace Wbs.Web.Demo;

/// <summary>Invented complaint wording per violation type; every name and place in it is fictional.</summary>
internal static class DemoTexts
{
    public sealed record Template(string Title, string Description, string? Why, string? How, bool HasLoss);

    public static readonly Dictionary<string, Template[]> ByViolationType = new(StringComparer.Ordinal)
    {
        ["Korupsi"] =
        [
            new("Dugaan mark-up anggaran kegiatan pelatihan", "Anggaran konsumsi dan honor narasumber pada kegiatan pelatihan di {unit} dilaporkan lebih besar dari jumlah peserta yang hadir. Daftar hadir diduga ditambah nama fiktif.", "Diduga untuk menutup pengeluaran di luar anggaran.", "Daftar hadir dilengkapi setelah kegiatan selesai dengan tanda tangan yang mirip.", true),
            new("Perjalanan dinas yang diduga tidak dilaksanakan", "Beberapa surat perintah perjalanan dinas di {unit} dicairkan padahal pegawai yang bersangkutan terlihat tetap berada di kantor pada tanggal tersebut.", null, "Tiket dan bukti penginapan diduga dibuat sendiri.", true),
        ],
        ["Suap"] =
        [
            new("Permintaan uang untuk mempercepat rekomendasi", "Pemohon diminta menyerahkan sejumlah uang agar rekomendasi teknis di {unit} dapat terbit dalam satu minggu, sementara pemohon lain menunggu berbulan-bulan.", "Agar berkas didahulukan.", "Uang diserahkan tunai di luar kantor.", true),
        ],
        ["Gratifikasi"] =
        [
            new("Pemberian bingkisan dari rekanan menjelang hari raya", "Rekanan penyedia jasa terlihat mengantar bingkisan bernilai tinggi ke rumah pejabat {unit} menjelang hari raya, saat proses pembayaran termin sedang berjalan.", null, null, false),
        ],
        ["Pungutan Liar"] =
        [
            new("Pungutan biaya pada layanan yang seharusnya gratis", "Warga yang mengurus layanan di {unit} diminta membayar biaya administrasi tanpa kuitansi resmi, padahal layanan tersebut tidak dipungut biaya.", null, "Petugas menyebut biaya itu untuk 'uang map'.", true),
            new("Pungutan di luar ketentuan saat penerimaan siswa", "Orang tua murid diminta membayar sumbangan dengan jumlah yang ditentukan sebagai syarat daftar ulang di sekolah di bawah {unit}.", "Disebut untuk pembangunan pagar sekolah.", null, true),
            new("Biaya parkir tanpa karcis resmi di area kantor", "Pengunjung kantor {unit} dipungut biaya parkir oleh orang yang mengaku petugas, tanpa karcis dan tanpa seragam.", null, null, false),
        ],
        ["Pengadaan Barang/Jasa"] =
        [
            new("Dugaan pengaturan pemenang paket pengadaan", "Spesifikasi pada dokumen pemilihan paket pengadaan di {unit} diduga disusun mengarah ke satu merek tertentu sehingga hanya satu penyedia yang memenuhi syarat.", "Diduga ada hubungan keluarga antara pejabat dan penyedia.", "Syarat pengalaman dibuat sangat khusus.", true),
            new("Pekerjaan fisik tidak sesuai volume kontrak", "Ketebalan cor jalan lingkungan yang dikerjakan untuk {unit} terlihat lebih tipis dari yang tercantum pada papan proyek dan sudah retak sebelum serah terima.", null, null, true),
        ],
        ["Penyalahgunaan Wewenang"] =
        [
            new("Kendaraan dinas dipakai untuk keperluan pribadi", "Kendaraan dinas {unit} sering terlihat dipakai keluarga pejabat untuk keperluan pribadi pada akhir pekan, termasuk ke luar kota.", null, null, false),
            new("Penerbitan izin tanpa memenuhi persyaratan", "Izin usaha diterbitkan oleh {unit} walaupun hasil peninjauan lapangan menyatakan lokasi belum memenuhi syarat.", null, "Berita acara peninjauan diduga diganti.", false),
        ],
        ["Benturan Kepentingan"] =
        [
            new("Pejabat menilai penawaran perusahaan milik kerabat", "Seorang pejabat di {unit} menjadi anggota tim penilai untuk penawaran yang diajukan perusahaan milik kerabatnya dan tidak menyatakan konflik kepentingan.", null, null, false),
        ],
        ["Pelanggaran Disiplin ASN"] =
        [
            new("Pegawai sering tidak masuk kerja tanpa keterangan", "Seorang pegawai di {unit} dilaporkan jarang hadir selama beberapa bulan, namun presensinya tetap tercatat lengkap.", null, "Presensi diduga diisi oleh rekan kerja.", false),
            new("Pegawai berbisnis pada jam kerja", "Seorang pegawai {unit} menjalankan usaha pribadi di jam kerja dan memakai fasilitas kantor untuk usahanya.", null, null, false),
        ],
        ["Pelanggaran Kode Etik"] =
        [
            new("Perlakuan tidak pantas kepada pemohon layanan", "Petugas di {unit} membentak dan merendahkan pemohon layanan yang bertanya tentang persyaratan.", null, null, false),
        ],
        ["Pelayanan Publik"] =
        [
            new("Antrean layanan berhari-hari tanpa kepastian", "Permohonan layanan di {unit} tidak kunjung diproses lebih dari sebulan tanpa penjelasan, sementara pemohon yang datang belakangan sudah selesai.", null, null, false),
            new("Informasi persyaratan layanan berbeda-beda", "Petugas {unit} memberikan persyaratan yang berbeda setiap kali pemohon datang sehingga pemohon harus bolak-balik.", null, null, false),
        ],
        ["Lainnya"] =
        [
            new("Aset daerah dipakai pihak lain tanpa perjanjian", "Sebagian lahan milik daerah yang dikelola {unit} dipakai pihak swasta untuk usaha tanpa perjanjian sewa yang jelas.", null, null, true),
        ],
    };

    public static readonly Template Fallback =
        new("Dugaan penyimpangan di lingkungan kerja", "Pelapor menyampaikan dugaan penyimpangan di {unit} yang perlu diperiksa.", null, null, false);

    public static readonly string[] Locations =
    [
        "Kantor pelayanan lantai 1", "Ruang rapat lantai 2", "Lokasi proyek di Jl. Ahmad Yani", "Sekolah di Bontang Utara",
        "Puskesmas Bontang Selatan", "Kantor kelurahan", "Gudang aset daerah", "Area parkir kantor",
    ];

    public static readonly string[] Initials = ["A.R.", "S.H.", "M.Y.", "R.P.", "D.K.", "N.A.", "F.T.", "H.S.", "W.L.", "Y.M."];

    public static readonly string[] Positions =
        ["Kepala Seksi", "Staf Pelaksana", "Bendahara Pengeluaran", "Kepala Bidang", "Petugas Loket", "Pejabat Pembuat Komitmen", "Lurah"];

    /// <summary>Public notes per status, as the back office would word them to the reporter.</summary>
    public static readonly Dictionary<Domain.ComplaintStatus, string> Notes = new()
    {
        [Domain.ComplaintStatus.Diterima] = "Pengaduan diterima dan menunggu verifikasi.",
        [Domain.ComplaintStatus.Verifikasi] = "Pengaduan sedang diverifikasi terhadap unsur 5W+1H dan kewenangan Inspektorat.",
        [Domain.ComplaintStatus.PerluDilengkapi] = "Mohon lengkapi waktu kejadian dan nama pihak yang terlibat. Petugas dapat menghubungi Anda melalui nomor HP terdaftar.",
        [Domain.ComplaintStatus.Ditindaklanjuti] = "Pengaduan memenuhi kriteria dan ditindaklanjuti dengan pemeriksaan.",
        [Domain.ComplaintStatus.Diteruskan] = "Pengaduan diteruskan kepada instansi yang berwenang menanganinya.",
        [Domain.ComplaintStatus.Ditolak] = "Pengaduan tidak dapat ditindaklanjuti karena tidak memenuhi kriteria atau di luar kewenangan.",
        [Domain.ComplaintStatus.Selesai] = "Pemeriksaan selesai. Hasil dan rekomendasi telah disampaikan kepada pimpinan.",
    };
}
