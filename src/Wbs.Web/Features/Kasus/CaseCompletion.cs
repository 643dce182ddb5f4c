namespace Wbs.Web.Features.Kasus;

/// <summary>How a kind of report takes a reporter's completion: who asked, what its history says, and how it reopens.</summary>
/// <param name="Handler">Who asked, as the messages name them ("petugas", "UPG").</param>
/// <param name="NotAskedMessage">The answer when the case is not waiting for a completion.</param>
/// <param name="Note">The public history note, given how many files came with it.</param>
/// <param name="ReopenAsync">Sets the case's status and deadline for the moment of completion.</param>
public sealed record CaseCompletion(string Handler, string NotAskedMessage, Func<int, string> Note, Func<DateTime, CancellationToken, Task> ReopenAsync);
