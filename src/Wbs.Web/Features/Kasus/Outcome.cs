namespace Wbs.Web.Features.Kasus;

/// <summary>
/// The one answer every service gives to "did it work, and if not why": done, not found (or not yours), forbidden,
/// conflicting with the case's current state, or invalid with errors keyed by the service's own field names.
/// </summary>
public record Outcome(OutcomeKind Kind, IReadOnlyDictionary<string, string> Errors)
{
    public static readonly Outcome Ok = new(OutcomeKind.Ok, new Dictionary<string, string>());
    public static readonly Outcome NotFound = new(OutcomeKind.NotFound, new Dictionary<string, string>());
    public static readonly Outcome Forbidden = new(OutcomeKind.Forbidden, new Dictionary<string, string>());

    public bool IsOk => Kind == OutcomeKind.Ok;

    public static Outcome Invalid(string field, string message) => new(OutcomeKind.Invalid, new Dictionary<string, string> { [field] = message });

    public static Outcome Invalid(IReadOnlyDictionary<string, string> errors) => new(OutcomeKind.Invalid, errors);

    public static Outcome Conflict(string field, string message) => new(OutcomeKind.Conflict, new Dictionary<string, string> { [field] = message });

    /// <summary>Errors keyed "status" mean the case is not in a state that allows the change; any other key is bad input.</summary>
    public static Outcome FromErrors(IReadOnlyDictionary<string, string> errors) =>
        errors.Count == 0 ? Ok : new(errors.ContainsKey("status") ? OutcomeKind.Conflict : OutcomeKind.Invalid, errors);

    /// <summary>The same failure carrying no value, for a service that answers with one when it succeeds.</summary>
    public Outcome<T> Without<T>() where T : class => new(Kind, Errors, null);

    public static Outcome<T> With<T>(T? value) where T : class => new(OutcomeKind.Ok, Ok.Errors, value);
}
