namespace Wbs.Web.Domain;

/// <summary>The actions recorded in the audit chain.</summary>
public static class AuditActions
{
    public const string SignIn = "masuk";
    public const string SignInFailed = "masuk-gagal";
    public const string SignOut = "keluar";

    /// <summary>Too many wrong authenticator codes: the code step of that account is locked for a while.</summary>
    public const string CodeLockout = "kode-dikunci";

    /// <summary>A staff member replaced the password an admin gave them with their own (first sign-in or after a reset).</summary>
    public const string OwnPassword = "ganti-sandi-sendiri";

    /// <summary>A content role (Verifikator, Inspektur, UPG) was given to an account; Inspektur accounts are shown it.</summary>
    public const string ContentRoleGrant = "beri-peran-konten";
    public const string View = "lihat";
    public const string Download = "unduh";
    public const string StatusChange = "ubah-status";
    public const string Reveal = "buka-rahasia";
    public const string Export = "ekspor";
    public const string Settings = "ubah-pengaturan";
    public const string StaffAccount = "kelola-petugas";
    public const string MasterData = "ubah-data-induk";
    public const string KeyRotation = "rotasi-kunci";
    public const string Message = "kirim-pesan";
    public const string InternalNote = "catatan-internal";
    public const string Assign = "disposisi";
    public const string Checklist = "periksa-5w1h";

    /// <summary>A gratification reporter's identity shown in full; the detail keeps the stated reason.</summary>
    public const string RevealIdentity = "buka-identitas";

    /// <summary>The UPG printed a report's KPK form (it carries the reporter's identity in full).</summary>
    public const string KpkForm = "cetak-formulir-kpk";

    /// <summary>A staff member recorded a complaint received outside the site (Catat Laporan); the detail names the channel.</summary>
    public const string RecordComplaint = "catat-laporan";

    /// <summary>A staff member printed the receipt of a recorded complaint for its reporter.</summary>
    public const string Receipt = "cetak-tanda-terima";

    /// <summary>A step of an object kept at the UPG (barang titipan) was recorded.</summary>
    public const string Custody = "catat-titipan";

    /// <summary>An Inspektur placed a legal hold on a case (the reason is sealed in the entry); held cases are never erased.</summary>
    public const string LegalHold = "tahan-hukum";

    /// <summary>An Inspektur lifted a legal hold; the detail names the case's new last day.</summary>
    public const string LegalHoldLifted = "lepas-tahan-hukum";

    /// <summary>The retention job erased expired cases; the detail gives the counts (cases, messages, files), never content.</summary>
    public const string RetentionErasure = "hapus-retensi";

    /// <summary>A backup was written or restored (the detail gives its counts and digest).</summary>
    public const string Backup = "cadangan";

    /// <summary>An Inspektur made a hand-over package (pelimpahan); the detail names the body, letter, files, redactions and digest; the note keeps an identity reason.</summary>
    public const string Handover = "pelimpahan";

    /// <summary>An Inspektur downloaded a hand-over package again.</summary>
    public const string HandoverDownload = "unduh-pelimpahan";

    /// <summary>Two complaints were linked (duplikat / terkait); the note keeps the reason.</summary>
    public const string Link = "tautkan-laporan";

    /// <summary>A link between two complaints was removed.</summary>
    public const string Unlink = "lepas-tautan";
}
