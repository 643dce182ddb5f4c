using System.Security.Claims;
using Wbs.Web.Api;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Pengaduan;

/// <summary>
/// The message thread and the Perlu Dilengkapi completion of one complaint, for its reporter: an account's token or
/// the token of an anonymous report. Another number answers 404.
/// </summary>
public static class ComplaintThreadEndpoints
{
    public static RouteGroupBuilder MapComplaintThreadEndpoints(this RouteGroupBuilder v1)
    {
        var one = v1.MapGroup("/reports").WithTags("Pengaduan").RequireAuthorization(Lacak.AnonymousEndpoints.ReportReaderPolicy);

        one.MapGet("/{registrationNumber}/messages", async Task<IResult> (string registrationNumber, ClaimsPrincipal user, ReporterComplaints mine, CancellationToken ct) =>
        {
            var detail = await mine.FindAsync(ComplaintEndpoints.Owner(user), registrationNumber, ct, markRead: true);
            return detail is null
                ? ApiEndpoints.NotFound("Pengaduan dengan nomor itu tidak ditemukan.")
                : TypedResults.Ok(detail.Messages.Select(m => new ReportMessageDto(m.FromStaff, m.At, m.Body)).ToList());
        })
        .WithDescription("The thread with the handler, oldest first; the handler's messages count as read.")
        .Produces<List<ReportMessageDto>>()
        .ProducesProblem(StatusCodes.Status404NotFound);

        one.MapPost("/{registrationNumber}/messages", async Task<IResult> (string registrationNumber, ReportMessageRequest body, ClaimsPrincipal user, ReporterComplaints mine, CancellationToken ct) =>
            Answer(await mine.SendMessageAsync(ComplaintEndpoints.Owner(user), registrationNumber, body.Body, ct),
                () => TypedResults.Created($"/api/v1/reports/{registrationNumber}/messages", new { sent = true })))
        .WithDescription("A message to the handler (body: up to 5,000 characters).")
        .Produces(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .DisableAntiforgery();

        one.MapPost("/{registrationNumber}/completion", async Task<IResult> (string registrationNumber, HttpRequest request, ClaimsPrincipal user, ReporterComplaints mine, CancellationToken ct) =>
        {
            if (!request.HasFormContentType)
            {
                return ApiEndpoints.Invalid(new Dictionary<string, string> { ["body"] = "Kirim sebagai multipart/form-data." });
            }

            var form = await request.ReadFormAsync(ct);
            var files = form.Files.Select(f => new IncomingFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
            var owner = ComplaintEndpoints.Owner(user);
            var outcome = await mine.CompleteAsync(owner, registrationNumber, form["information"], files, ct);
            return Answer(outcome, () => TypedResults.Ok(new CompletionDone(registrationNumber.Trim().ToUpperInvariant(), ComplaintStatus.Verifikasi.Display())));
        })
        .WithDescription("While the report is Perlu Dilengkapi: multipart information (required) and files (optional); the report returns to Verifikasi. Otherwise 409.")
        .Accepts<CompletionForm>("multipart/form-data")
        .Produces<CompletionDone>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .DisableAntiforgery();

        return v1;
    }

    private static IResult Answer(Outcome outcome, Func<IResult> ok) => outcome.Kind switch
    {
        OutcomeKind.Ok => ok(),
        OutcomeKind.NotFound => ApiEndpoints.NotFound("Pengaduan dengan nomor itu tidak ditemukan."),
        OutcomeKind.Conflict => Results.Problem(title: "Tidak dapat dilakukan sekarang", detail: outcome.Errors.Values.FirstOrDefault(), statusCode: StatusCodes.Status409Conflict),
        _ => ApiEndpoints.Invalid(outcome.Errors),
    };
}
