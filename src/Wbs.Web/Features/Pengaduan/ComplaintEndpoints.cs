using Wbs.Web.Api;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Infrastructure;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Pengaduan;

public static class ComplaintEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapComplaintEndpoints(this RouteGroupBuilder v1)
    {
        // Listing and filing need an account; one report's endpoints also take the token of an anonymous report (Features/Lacak).
        var reports = v1.MapGroup("/reports").WithTags("Pengaduan");
        var one = v1.MapGroup("/reports").WithTags("Pengaduan").RequireAuthorization(Lacak.AnonymousEndpoints.ReportReaderPolicy);

        reports.MapPost("/", CreateAsync)
            .RequireAuthorization(ApiPolicies.Reporter)
            .WithDescription(IdempotencyHeader.Description)
            .Accepts<ComplaintForm>("multipart/form-data")
            .Produces<ComplaintCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .DisableAntiforgery();

        reports.MapGet("/", async (ClaimsPrincipal user, ReporterComplaints mine, CancellationToken ct) =>
            (await mine.ListAsync(UserId(user), ct)).Select(r => new ComplaintSummaryDto(
                r.RegistrationNumber, r.Title, r.ViolationType, r.Status.Display(), r.SubmittedAt, r.UpdatedAt)).ToList())
            .RequireAuthorization(ApiPolicies.Reporter);

        one.MapGet("/{registrationNumber}", async Task<IResult> (string registrationNumber, ClaimsPrincipal user, ReporterComplaints mine, CancellationToken ct) =>
        {
            var detail = await mine.FindAsync(Owner(user), registrationNumber, ct);
            if (detail is null)
            {
                return ApiEndpoints.NotFound("Pengaduan dengan nomor itu tidak ditemukan di akun Anda.");
            }

            var c = detail.Content;
            return TypedResults.Ok(new ComplaintDetailDto(
                detail.RegistrationNumber, c.Title, c.Description, detail.ViolationTypeId, detail.ViolationType,
                c.ReportedPersons.Select(p => new ReportedPersonDto(p.Name, p.Position, p.Unit)).ToList(),
                c.Witnesses, c.Location, detail.Unit,
                c.IncidentDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                c.IncidentDateEnd?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                c.Why, c.How, c.EstimatedLoss, detail.Status.Display(), detail.SubmittedAt, detail.UpdatedAt,
                detail.History.Select(h => new HistoryDto(h.Status.Display(), h.Note, h.At)).ToList(),
                detail.Attachments.Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.RemovedMetadata)).ToList()));
        })
        .Produces<ComplaintDetailDto>()
        .ProducesProblem(StatusCodes.Status404NotFound);

        one.MapGet("/{registrationNumber}/attachments/{id:guid}", async Task<IResult> (string registrationNumber, Guid id, ClaimsPrincipal user, ReporterComplaints mine, CancellationToken ct) =>
        {
            var file = await mine.DownloadAsync(Owner(user), registrationNumber, id, ct);
            return file is null
                ? ApiEndpoints.NotFound("Berkas tidak ditemukan di pengaduan Anda.")
                : TypedResults.File(file.Content, file.ContentType, file.FileName);
        })
        .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
        .ProducesProblem(StatusCodes.Status404NotFound);

        one.MapGet("/{registrationNumber}/receipt", async Task<IResult> (string registrationNumber, ClaimsPrincipal user, Documents.Receipts receipts, CancellationToken ct) =>
        {
            var receipt = await receipts.ComplaintAsync(Owner(user), registrationNumber, ct);
            return receipt is null
                ? ApiEndpoints.NotFound("Pengaduan dengan nomor itu tidak ditemukan di akun Anda.")
                : TypedResults.File(receipt.Content, "application/pdf", receipt.FileName);
        })
        .WithDescription("The receipt (tanda terima) as a PDF: number, time received, kind, title and month of the incident, status; no names.")
        .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
        .ProducesProblem(StatusCodes.Status404NotFound);

        return v1;
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, ClaimsPrincipal user, ComplaintIntake intake, SubmissionKeys keys, WbsDbContext db, CancellationToken ct)
    {
        var (key, keyError) = IdempotencyHeader.Read(request, keys, SubmissionKeys.ComplaintScope(UserId(user)));
        if (keyError is not null)
        {
            return keyError;
        }

        if (await ReadAsync(request, db, ct) is not { } read)
        {
            return ApiEndpoints.Invalid(new Dictionary<string, string> { ["body"] = "Kirim sebagai multipart/form-data." });
        }

        var result = await intake.SubmitAsync(UserId(user), read.Draft, read.Files, ct, read.Errors, submissionKey: key);
        if (result.Value is not { } stored)
        {
            return ApiEndpoints.Invalid(result.Errors);
        }

        IdempotencyHeader.MarkReplayed(request.HttpContext.Response, stored.Replayed);

        return TypedResults.Created(
            $"/api/v1/reports/{stored.RegistrationNumber}",
            new ComplaintCreated(stored.RegistrationNumber, stored.Status.Display(), stored.SubmittedAt));
    }

    /// <summary>The multipart fields of a complaint as a draft, its files and the errors found while reading; null when not a form.</summary>
    public static async Task<(ComplaintDraft Draft, IReadOnlyList<IncomingFile> Files, Dictionary<string, string> Errors, IFormCollection Form)?> ReadAsync(
        HttpRequest request, WbsDbContext db, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }

        var form = await request.ReadFormAsync(ct);
        var errors = new Dictionary<string, string>();
        var draft = new ComplaintDraft
        {
            Title = form["title"],
            Description = form["description"],
            Location = form["location"],
            IncidentDate = form["incidentDate"],
            IncidentDateEnd = form["incidentDateEnd"],
            Why = form["why"],
            How = form["how"],
            EstimatedLoss = form["estimatedLoss"],
            Witnesses = form["witnesses"],
        };

        if (int.TryParse(form["violationTypeId"], out var typeId))
        {
            draft.ViolationTypeId = typeId;
        }
        else if (!string.IsNullOrWhiteSpace(form["violationTypeId"]))
        {
            errors["violationTypeId"] = "violationTypeId harus berupa angka dari /api/v1/violation-types.";
        }

        var unit = ComplaintDraftValidator.Clean(form["unit"]);
        if (unit is not null)
        {
            draft.UnitId = int.TryParse(unit, out var unitId)
                ? unitId
                : await db.Units.Where(u => u.Name == unit).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct) ?? -1;
        }

        var persons = ComplaintDraftValidator.Clean(form["reportedPersons"]);
        if (persons is not null)
        {
            try
            {
                draft.ReportedPersons = JsonSerializer.Deserialize<List<ReportedPersonDraft>>(persons, Json) ?? [];
            }
            catch (JsonException)
            {
                errors["reportedPersons"] = "reportedPersons harus berupa larik JSON, misalnya [{\"name\":\"...\",\"position\":\"...\",\"unit\":\"...\"}].";
            }
        }

        var files = form.Files.Select(f => new IncomingFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
        return (draft, files, errors, form);
    }

    /// <summary>Whose report a call may reach: the account's, or the one report of an anonymous token.</summary>
    public static Kasus.ReportOwner Owner(ClaimsPrincipal user) => Lacak.LacakSession.OwnerOf(user) ?? UserId(user);

    public static string UserId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Authenticated user without id.");
}
