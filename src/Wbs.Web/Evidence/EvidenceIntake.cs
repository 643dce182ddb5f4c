using System.Globalization;
using Microsoft.Extensions.Options;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Evidence;

/// <summary>Checks uploaded evidence against the settings and cleans its metadata; every refusal says why, in Indonesian.</summary>
public sealed class EvidenceIntake(IOptions<EvidenceOptions> options, Infrastructure.Metrics.WbsMetrics? metrics = null)
{
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
            await using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream(checked((int)file.Length));
            await stream.CopyToAsync(buffer, ct);
            var kind = FileTypeSniffer.Detect(buffer);
            if (kind is null || !AllowedKinds.Contains(kind))
            {
                var claimed = Path.GetExtension(name);
                var disguise = string.IsNullOrEmpty(claimed) ? "" : $" meskipun namanya berakhiran {claimed}";
                errors.Add($"Berkas \"{name}\" ditolak: isinya bukan jenis berkas yang diizinkan ({AllowedLabel}){disguise}.");
                continue;
            }

            var original = buffer.ToArray();
            CleanedEvidence cleaned;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                cleaned = await worker.CleanAsync(kind, original, ct);
                metrics?.Cleaned(kind.Extension, accepted: true, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            }
            catch (EvidenceCleaningException ex)
            {
                metrics?.Cleaned(kind.Extension, accepted: false, System.Diagnostics.Stopwatch.GetElapsedTime(started));
                errors.Add($"Berkas \"{name}\" ditolak: {ex.Message}");
                continue;
            }

            files.Add(new EvidenceFile(StoredName(name, kind), kind, cleaned.Content, original, cleaned.RemovedMetadata));
        }

        if (total > settings.MaxReportBytes)
        {
            errors.Add($"Ukuran total berkas {FormatSize(total)} melebihi batas {FormatSize(settings.MaxReportBytes)} untuk satu laporan.");
        }

        return (errors.Count == 0 ? files : [], errors);
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
