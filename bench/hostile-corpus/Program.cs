using Wbs.Tests.Evidence;

// Writes every hostile evidence file to a folder, for attacks by hand against a running instance.
var folder = args.Length > 0 ? args[0] : "hostile-corpus";
Directory.CreateDirectory(folder);
foreach (var file in HostileCorpus.All)
{
    var bytes = file.Build();
    File.WriteAllBytes(Path.Combine(folder, file.Name), bytes);
    Console.WriteLine($"{file.Name,-34} {bytes.Length,9} B  {file.Attack}");
}
