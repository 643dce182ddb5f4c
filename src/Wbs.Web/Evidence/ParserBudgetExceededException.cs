namespace Wbs.Web.Evidence;

/// <summary>A parser read far more than the file holds: it is going round in circles on a malformed or hostile file.</summary>
internal sealed class ParserBudgetExceededException(string message) : Exception(message);
