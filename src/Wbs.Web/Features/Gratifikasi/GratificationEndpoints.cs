using Wbs.Web.Api;
using Wbs.Web.Features.Pengaduan;
using System.Globalization;
using System.Security.Claims;
using Wbs.Web.Documents;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Infrastructure;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>The reporter's part of the API for gratification reports, alongside /api/v1/reports.</summary>
public static class GratificationEndpoints
{
    public static RouteGroupBuilder MapGratificationEndpoints(this RouteGroupBuilder v1)
    {
        var gratifications = v1.MapGroup("/gratifications").WithTags("Gratifikasi").RequireAuthorization(ApiPolicies.Reporter);

        gratifications.MapPost("/", CreateAsync)
            .Accepts<GratificationForm>("multipart/form-data")
            .Produces<GratificationCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithDescription(ChoiceCodes() + " " + IdempotencyHeader.Description)
            .DisableAntiforgery();

        gratifications.MapGet("/", async (ClaimsPrincipal user, ReporterGratifications mine, CancellationToken ct) =>
            (await mine.ListAsync(ComplaintEndpoints.UserId(user), ct)).Select(g => new GratificationSummaryDto(
                g.RegistrationNumber, GratificationText.Code(g.ReportType), g.ReportType.Display(),
                GratificationText.Code(g.ObjectType), g.ObjectType.Display(), g.Status.Display(), Day(g.ReceivedOn),
                g.SubmittedAt, g.UpdatedAt)).ToList());

        gratifications.MapGet("/{registrationNumber}", async Task<IResult> (string registrationNumber, ClaimsPrincipal user, ReporterGratifications mine, CancellationToken ct) =>
        {
            var detail = await mine.FindAsync(ComplaintEndpoints.UserId(user), registrationNumber, ct);
            return detail is null ? NotFound() : TypedResults.Ok(Detail(detail));
        })
        .Produces<GratificationDetailDto>()
        .ProducesProblem(StatusCodes.Status404NotFound);

        gratifications.MapGet("/{registrationNumber}/attachments/{id:guid}", async Task<IResult> (string registrationNumber, Guid id, ClaimsPrincipal user, ReporterGratifications mine, CancellationToken ct) =>
        {
            var file = await mine.DownloadAsync(ComplaintEndpoints.UserId(user), registrationNumber, id, ct);
            return file is null
                ? ApiEndpoints.NotFound("Berkas tidak ditemukan di laporan gratifikasi Anda.")
                : TypedResults.File(file.Content, file.ContentType, file.FileName);
        })
        .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
        .ProducesProblem(StatusCodes.Status404NotFound);

        gratifications.MapGet("/{registrationNumber}/receipt", async Task<IResult> (string registrationNumber, ClaimsPrincipal user, Receipts receipts, CancellationToken ct) =>
        {
            var receipt = await receipts.GratificationAsync(ComplaintEndpoints.UserId(user), registrationNumber, ct);
            return receipt is null ? NotFound() : TypedResults.File(receipt.Content, "application/pdf", receipt.FileName);
        })
        .WithDescription("The receipt (tanda terima) as a PDF: number, time received, kind, the gift without any names, status.")
        .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
        .ProducesProblem(StatusCodes.Status404NotFound);

        return v1;
    }

    private static IResult NotFound() => ApiEndpoints.NotFound("Laporan gratifikasi dengan nomor itu tidak ditemukan di akun Anda.");

    private static async Task<IResult> CreateAsync(
        HttpRequest request, ClaimsPrincipal user, GratificationSubmission submission, SubmissionKeys keys, CancellationToken ct)
    {
        var (submissionKey, keyError) = IdempotencyHeader.Read(request, keys, SubmissionKeys.GratificationScope(ComplaintEndpoints.UserId(user)));
        if (keyError is not null)
        {
            return keyError;
        }

        if (!request.HasFormContentType)
        {
            return ApiEndpoints.Invalid(new Dictionary<string, string> { ["body"] = "Kirim sebagai multipart/form-data." });
        }

        var form = await request.ReadFormAsync(ct);
        var draft = new GratificationDraft
        {
            ReportType = form["reportType"],
            FullName = form["fullName"],
            Nik = form["nik"],
            Nip = form["nip"],
            Position = form["position"],
            Unit = form["unit"],
            Institution = form["institution"],
            PhoneNumber = form["phoneNumber"],
            Email = form["email"],
            Address = form["address"],
            GiverName = form["giverName"],
            GiverOccupation = form["giverOccupation"],
            GiverAddress = form["giverAddress"],
            GiverPhone = form["giverPhone"],
            Relationship = form["relationship"],
            RelationshipOther = form["relationshipOther"],
            Occasion = form["occasion"],
            OccasionOther = form["occasionOther"],
            ObjectType = form["objectType"],
            ObjectDescription = form["objectDescription"],
            EstimatedValue = form["estimatedValue"],
            ReceivedDate = form["receivedDate"],
            ReceivedPlace = form["receivedPlace"],
            ObjectLocation = form["objectLocation"],
            Chronology = form["chronology"],
        };

        var files = form.Files.Select(f => new IncomingFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
        var result = await submission.SubmitAsync(ComplaintEndpoints.UserId(user), draft, files, ct, submissionKey: submissionKey);
        if (result.Value is not { } stored)
        {
            return ApiEndpoints.Invalid(result.Errors);
        }

        IdempotencyHeader.MarkReplayed(request.HttpContext.Response, stored.Replayed);
        return TypedResults.Created(
            $"/api/v1/gratifications/{stored.RegistrationNumber}",
            new GratificationCreated(stored.RegistrationNumber, stored.Status.Display(), stored.SubmittedAt, Day(stored.ReportDeadline)));
    }

    private static GratificationDetailDto Detail(GratificationDetail d)
    {
        var i = d.Identity;
        var c = d.Content;
        return new GratificationDetailDto(
            d.RegistrationNumber, d.Status.Display(), d.SubmittedAt, d.UpdatedAt,
            Day(d.Deadline.Deadline), d.Deadline.State != ReportingDeadlineState.Passed,
            new GratificationReporterDto(i.FullName, i.Nik, i.Nip, i.Position, i.Unit, i.Institution, i.PhoneNumber, i.Email, i.Address),
            GratificationText.Code(c.ReportType), c.ReportType.Display(),
            c.GiverName, c.GiverOccupation, c.GiverAddress, c.GiverPhone,
            GratificationText.Code(c.Relationship), c.Relationship.Display(), c.RelationshipOther,
            GratificationText.Code(c.Occasion), c.Occasion.Display(), c.OccasionOther,
            GratificationText.Code(c.ObjectType), c.ObjectType.Display(), c.ObjectDescription, c.EstimatedValue,
            Day(c.ReceivedDate), c.ReceivedPlace, GratificationText.Code(c.ObjectLocation), c.ObjectLocation.Display(), c.Chronology,
            d.ForwardedToKpkOn is { } forwarded ? Day(forwarded) : null,
            d.KpkDecision is { } decision ? GratificationText.Code(decision) : null,
            d.KpkDecision?.Display(), d.KpkDecisionNumber,
            d.KpkDecisionDate is { } decided ? Day(decided) : null,
            d.History.Select(h => new HistoryDto(h.Status.Display(), h.Note, h.At)).ToList(),
            d.Attachments.Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.RemovedMetadata)).ToList());
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The codes each choice accepts, written into the OpenAPI document from the enums themselves.</summary>
    public static string ChoiceCodes()
    {
        static string List<T>(string field)
            where T : struct, Enum =>
            $"{field}: " + string.Join("; ", Enum.GetValues<T>().Select(v => $"{GratificationText.Code(v)} ({Label(v)})")) + ".";

        static string Label<T>(T value)
            where T : struct, Enum => value switch
            {
                GratificationReportType t => t.Display(),
                GiverRelationship r => r.Display(),
                GiftOccasion o => o.Display(),
                GiftObjectType ot => ot.Display(),
                GiftLocation l => l.Display(),
                _ => value.ToString(),
            };

        return string.Join(' ',
            "Reports a gift received or refused (Lapor Gratifikasi). Choices are sent as codes (the enum name is accepted too).",
            List<GratificationReportType>("reportType"),
            List<GiverRelationship>("relationship") + " relationshipOther is required with lainnya.",
            List<GiftOccasion>("occasion") + " occasionOther is required with lainnya.",
            List<GiftObjectType>("objectType"),
            List<GiftLocation>("objectLocation"),
            "nik: 16 digits; nip: 18 digits or empty; estimatedValue: rupiah as digits (1500000 or 1.500.000); receivedDate: yyyy-MM-dd, not in the future.",
            "reportDeadline in the answer: receivedDate plus 30 working days (weekends and the agency's holidays excluded), yyyy-MM-dd.");
    }
}
