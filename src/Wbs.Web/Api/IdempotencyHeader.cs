using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Api;

/// <summary>The Idempotency-Key header of an API submission, and the answer header that says a retry was recognised.</summary>
public static class IdempotencyHeader
{
    public const string Replayed = "Idempotency-Replayed";

    public const string Description =
        "Send an Idempotency-Key header (a fresh random value such as a UUID per report, 8-255 visible ASCII characters) to retry safely: "
        + "a retry with the same key within 24 hours answers the report the first one stored, with Idempotency-Replayed: true.";

    /// <summary>The claim of the request's key in a scope; an error answer when the header is there but unusable.</summary>
    public static (SubmissionKeyClaim? Claim, IResult? Error) Read(HttpRequest request, SubmissionKeys keys, string scope)
    {
        var values = request.Headers[SubmissionKeys.Header];
        if (values.Count == 0)
        {
            return (null, null);
        }

        var claim = values.Count == 1 ? keys.Claim(scope, values[0]) : null;
        return claim is null
            ? (null, ApiEndpoints.Invalid(new Dictionary<string, string> { ["idempotencyKey"] = SubmissionKeys.InvalidMessage }))
            : (claim, null);
    }

    /// <summary>Marks the answer of a recognised retry, which carries the first submission's result.</summary>
    public static void MarkReplayed(HttpResponse response, bool replayed)
    {
        if (replayed)
        {
            response.Headers[Replayed] = "true";
        }
    }
}
