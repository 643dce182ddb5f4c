using SharpFuzz;
using Wbs.Web.Evidence;

// One cleaner per run, fed by afl-fuzz: a refusal is the expected answer, any other exception or a hang is a finding.
var kind = FileTypeSniffer.FromExtension(args.Length > 0 ? args[0] : "") ?? throw new ArgumentException("usage: EvidenceFuzz jpg|png|webp|pdf|docx|xlsx|mp4");
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    try
    {
        EvidenceCleaner.Clean(kind, buffer.ToArray());
    }
    catch (EvidenceCleaningException)
    {
        // Refused with a reason: what a hostile file should get.
    }
});
