namespace Wbs.Web.Features.Kasus;

/// <summary>An <see cref="Outcome"/> that carries what was asked for (a file, an identity) when it worked.</summary>
public sealed record Outcome<T>(OutcomeKind Kind, IReadOnlyDictionary<string, string> Errors, T? Value) : Outcome(Kind, Errors)
    where T : class;
