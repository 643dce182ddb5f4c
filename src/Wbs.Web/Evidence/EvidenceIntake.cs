using System.Globalization;
using Microsoft.Extensions.Options;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Evidence;

/// <summary>Checks uploaded evidence against the settings and cleans its metadata; every refusal says why, in Indonesian.</summary>
public sealed class EvidenceIntake(IOptions<EvidenceOptions> options, Infrastructure.Metrics.WbsMetrics? metrics = null, UploadBuffers? buffers = null,
    IHttpContextAccessor? http = null)
{
    // Cleaned copies wait in sealed spools (ciphertext under a key that dies with the request) until they are stored.
    private readonly string spoolFolder = buffers?.Folder ?? Path.GetTempPath();

    private readonly EvidenceOptions settings = options.Value;
    private readonly CleaningWorker worker = new(options.Value);

    public EvidenceOptions Settings => settings;

    public IReadOnlyList<EvidenceKind> AllowedKinds =>
        settings.EffectiveAllowedTypes.Select(FileTypeSniffer.FromExtension).OfType<EvidenceKind>().Distinct().ToList();

    public string AllowedLabel => string.Join(", ", AllowedKinds.Select(k => k.Label));

    public string AcceptAttribute => string.Join(",", AllowedKinds.Select(k => "." + k.Extension).Append("image/*"));

    /// <summary>Reads and checks every file; returns the accepted files or the reasons for refusal.</summary>
    public async Task<(List<EvidenceFile> Files, List<string> Errors)> CheckAsync(
        IReadOnlyList<IncomingFile> incoming, CancellationToken ct)
    {
        var files = new List<EvidenceFile>();
        var errors = new List<string>();
        var present = incoming.Where(f => !string.IsNullOrEmpty(f.FileName) || f.Length > 0).ToList();

        if (present.Count > settings.MaxFiles)
        {
            errors.Add($"Terlalu banyak berkas: paling banyak {settings.MaxFiles} berkas bukti untuk satu laporan, Anda memilih {present.Count}.");
            return (files, errors);
        }

        long total = 0;
        foreach (var file in present)
        {
            var name = SafeDisplayName(file.FileName);
            if (file.Length == 0)
            {
                errors.Add($"Berkas \"{name}\" ditolak: berkas kosong (0 bita).");
                continue;
            }

            if (file.Length > settings.MaxFileBytes)
            {
                errors.Add($"Berkas \"{name}\" ditolak: ukurannya {FormatSize(file.Length)}, melebihi batas {FormatSize(settings.MaxFileBytes)} per berkas.");
                continue;
            }

            total += file.Length;
            var kind = await SniffAsync(file, ct);
            if (kind is null || !AllowedKinds.Contains(kind))
            {
                var claimed = Path.GetExtension(name);
                var disguise = string.IsNullOrEmpty(claimed) ? "" : $" meskipun namanya berakhiran {claimed}";
                errors.Add($"Berkas \"{name}\" ditolak: isinya bukan jenis berkas yang diizinkan ({AllowedLabel}){disguise}.");
                continue;
            }

            StreamedCleaning cleaned;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                cleaned = await worker.CleanToSpoolAsync(kind, file.OpenReadStream, file.Length, spoolFolder, ct);

                // Outside a request (demo data) the spool's file goes when the spool is collected.
                http?.HttpContext?.Response.RegisterForDispose(cleaned.Content);
                metrics?.Cleaned(kind.Extension, accepted: true, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            }
            catch (EvidenceCleaningException ex)
            {
                metrics?.Cleaned(kind.Extension, accepted: false, System.Diagnostics.Stopwatch.GetElapsedTime(started));
                errors.Add($"Berkas \"{name}\" ditolak: {ex.Message}");
                continue;
            }

            files.Add(new EvidenceFile(StoredName(name, kind), kind, cleaned.Content, cleaned.Unchanged ? null : file.OpenReadStream, file.Length, cleaned.RemovedMetadata));
        }

        if (total > settings.MaxReportBytes)
        {
            errors.Add($"Ukuran total berkas {FormatSize(total)} melebihi batas {FormatSize(settings.MaxReportBytes)} untuk satu laporan.");
        }

        return (errors.Count == 0 ? files : [], errors);
    }

    /// <summary>
    /// The kind from the first bytes; only an Office zip is read whole (at most the per-file limit), as telling a
    /// docx from an xlsx needs its central directory.
    /// </summary>
    private static async Task<EvidenceKind?> SniffAsync(IncomingFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var head = new byte[16];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        var kind = FileTypeSniffer.Detect(new MemoryStream(head, 0, read));
        if (kind is not null || !head.AsSpan(0, read).StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            return kind;
        }

        using var whole = new MemoryStream(checked((int)file.Length));
        whole.Write(head, 0, read);
        await stream.CopyToAsync(whole, ct);
        return FileTypeSniffer.Detect(whole);
    }

    /// <summary>The name shown back to people: no folders, no control characters, bounded length.</summary>
    public static string SafeDisplayName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "berkas";
        }

        return name.Length > 120 ? name[..120] : name;
    }

    private static string StoredName(string displayName, EvidenceKind kind)
    {
        var stem = Path.GetFileNameWithoutExtension(displayName);
        return (stem.Length == 0 ? "bukti" : stem) + "." + kind.Extension;
    }

    public static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.GetCultureInfo("id-ID")) + " MB"
        : Math.Max(1, bytes / 1024).ToString(CultureInfo.InvariantCulture) + " KB";
}
