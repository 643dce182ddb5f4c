using Wbs.Web.Api;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Lacak;

/// <summary>
/// Reporting without an account over the API: file a complaint (no token) and get its number and access code once;
/// exchange number and code for a short token that reaches that one report's endpoints under /api/v1/reports.
/// </summary>
public static class AnonymousEndpoints
{
    public const string ReportReaderPolicy = "api-report-reader";

    public static RouteGroupBuilder MapAnonymousEndpoints(this RouteGroupBuilder v1)
    {
        var anonymous = v1.MapGroup("/anonymous").WithTags("Tanpa akun").AllowAnonymous();

        anonymous.MapPost("/reports", CreateAsync)
            .WithDescription("Files a complaint without an account. The access code is returned once and stored only as a slow hash: nobody can recover it. "
                + IdempotencyHeader.Description + " A retry shows the same access code, until the reporter signs out of the report on Lacak (409 after that).")
            .Accepts<AnonymousComplaintForm>("multipart/form-data")
            .Produces<AnonymousComplaintCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .DisableAntiforgery();

        anonymous.MapPost("/session", async Task<IResult> (AnonymousSessionRequest body, HttpContext http, AccessCheck check, CancellationToken ct) =>
        {
            var (result, opened) = await check.CheckAsync(http, body.RegistrationNumber, body.AccessCode, ct);
            return result switch
            {
                AccessCheckResult.Opened => TypedResults.Ok(Token(http, opened!)),
                AccessCheckResult.TooManyFromAddress => Results.Problem(title: "Terlalu banyak percobaan", detail: AccessCheck.TooManyMessage, statusCode: StatusCodes.Status429TooManyRequests),
                _ => Results.Problem(title: "Tidak cocok", detail: AccessCheck.RefusedMessage, statusCode: StatusCodes.Status401Unauthorized),
            };
        })
        .WithDescription("Number and access code for a Bearer token valid for one report's detail, files, receipt, messages and completion. A wrong number and a wrong code get the same answer in the same time.")
        .Produces<AnonymousSessionToken>()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .DisableAntiforgery();

        return v1;
    }

    private static AnonymousSessionToken Token(HttpContext http, OpenedReport opened)
    {
        var (token, expiresIn) = LacakSession.IssueToken(http, opened);
        return new AnonymousSessionToken(token, "Bearer", expiresIn);
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, AnonymousSubmission submission, AddressAttempts attempts, SubmissionKeys keys, WbsDbContext db, CancellationToken ct)
    {
        var (submissionKey, keyError) = IdempotencyHeader.Read(request, keys, SubmissionKeys.ComplaintScope(null));
        if (keyError is not null)
        {
            return keyError;
        }

        if (await ComplaintEndpoints.ReadAsync(request, db, ct) is not { } read)
        {
            return ApiEndpoints.Invalid(new Dictionary<string, string> { ["body"] = "Kirim sebagai multipart/form-data." });
        }

        // A retry of a stored submission is not a new one: it is answered without counting against the address.
        var retry = submissionKey is not null && await keys.FindAsync(submissionKey, ct) is not null;
        if (!retry && !attempts.TrySubmit(request.HttpContext))
        {
            return Results.Problem(title: "Terlalu banyak pengaduan", detail: "Tunggu sekitar satu jam, lalu kirim lagi.", statusCode: StatusCodes.Status429TooManyRequests);
        }

        var (contact, contactErrors) = AnonymousSubmission.CheckContact(read.Form["contactPhone"], read.Form["contactEmail"]);
        foreach (var (key, message) in contactErrors)
        {
            read.Errors[key] = message;
        }

        var (result, stored) = await submission.SubmitAsync(read.Draft, read.Files, contact, read.Errors, ct, submissionKey);
        if (stored is null)
        {
            return result.Kind == OutcomeKind.Conflict
                ? Results.Problem(title: "Sudah terkirim", detail: string.Join(" ", result.Errors.Values), statusCode: StatusCodes.Status409Conflict)
                : ApiEndpoints.Invalid(result.Errors);
        }

        var c = stored.Complaint;
        IdempotencyHeader.MarkReplayed(request.HttpContext.Response, c.Replayed);
        return TypedResults.Created(
            $"/api/v1/reports/{c.RegistrationNumber}",
            new AnonymousComplaintCreated(c.RegistrationNumber, stored.AccessCode, c.Status.Display(), c.SubmittedAt));
    }
}
