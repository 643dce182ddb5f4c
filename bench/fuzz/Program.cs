using SharpFuzz;
using Wbs.Web.Evidence;

// One cleaner per run, fed by afl-fuzz: a refusal is the expected answer, any other exception or a hang is a finding.
// Instrumented code may only run inside Run, once afl's shared memory is mapped, so the kind is looked up there.
string[] kinds = ["jpg", "png", "webp", "pdf", "docx", "xlsx", "mp4"];
var name = args.Length > 0 && kinds.Contains(args[0]) ? args[0] : throw new ArgumentException("usage: EvidenceFuzz " + string.Join('|', kinds));
Fuzzer.OutOfProcess.Run(stream =>
{
    var kind = FileTypeSniffer.FromExtension(name)!;
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
