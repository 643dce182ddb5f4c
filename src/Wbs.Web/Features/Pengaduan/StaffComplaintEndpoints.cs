using Wbs.Web.Api;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Staf;

namespace Wbs.Web.Features.Pengaduan;

/// <summary>
/// The staff part of API v1: a token from POST /api/v1/auth/login with totpCode. Verifikator see
/// the reports assigned to them (another number answers 404), Inspektur see all, and roles that read no complaint
/// content (Admin, UPG) get 403.
/// </summary>
public static class StaffComplaintEndpoints
{
    public static RouteGroupBuilder MapStaffComplaintEndpoints(this RouteGroupBuilder v1)
    {
        var staff = v1.MapGroup("/staff/reports").WithTags("Petugas")
            .RequireAuthorization(StaffAuth.ApiPolicy)
            .AddEndpointFilter(RejectStaleTokensAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        staff.MapGet("/", async Task<IResult> ([AsParameters] InboxQuery query, ClaimsPrincipal user, StaffComplaints reports, WbsDbContext db, CancellationToken ct) =>
        {
            var actor = StaffAuth.Actor(user);
            if (!actor.CanReadComplaints)
            {
                return NoContentAccess();
            }

            var asked = await query.ToFilterAsync(db, ct);
            if (asked.Value is not { } filter)
            {
                return ApiEndpoints.Invalid(asked.Errors);
            }

            var page = await reports.InboxAsync(actor, filter, ct);
            return TypedResults.Ok(new StaffComplaintList(
                page.Rows.Select(r => new StaffComplaintListItem(r.RegistrationNumber, r.Title, r.SubmittedAt, r.ViolationType, r.Unit, r.Status.Display(),
                    r.Handler, Iso(r.DueOn), r.Deadline.ToString(), r.UnreadMessages)).ToList(),
                page.Page, page.PageSize, page.Total, page.PageCount, page.OverdueTotal));
        })
        .WithSummary("The inbox: reports the caller may see, filtered and paged")
        .Produces<StaffComplaintList>()
        .ProducesValidationProblem();

        staff.MapGet("/{registrationNumber}", async Task<IResult> (string registrationNumber, ClaimsPrincipal user, StaffComplaints reports, CancellationToken ct) =>
        {
            var actor = StaffAuth.Actor(user);
            if (!actor.CanReadComplaints)
            {
                return NoContentAccess();
            }

            var detail = await reports.DetailAsync(actor, registrationNumber, ct);
            return detail is null ? NotFound() : TypedResults.Ok(ToDto(detail));
        })
        .WithSummary("A report with its content, history (internal notes included), messages and evidence list")
        .Produces<StaffComplaintDetailDto>()
        .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapPost("/{registrationNumber}/status", async Task<IResult> (string registrationNumber, StaffStatusRequest body, ClaimsPrincipal user, StaffComplaints reports, WbsDbContext db, CancellationToken ct) =>
        {
            var actor = StaffAuth.Actor(user);
            if (!actor.CanReadComplaints)
            {
                return NoContentAccess();
            }

            var errors = new Dictionary<string, string>();
            var to = StatusNames.Parse(body.Status);
            if (to is null)
            {
                errors["status"] = $"Status tujuan wajib diisi, salah satu dari: {string.Join(", ", Enum.GetValues<ComplaintStatus>().Select(s => s.Display()))}.";
            }

            var outcome = StatusNames.ParseOutcome(body.Outcome);
            if (!string.IsNullOrWhiteSpace(body.Outcome) && outcome is null)
            {
                errors["outcome"] = "Hasil harus \"terbukti\" atau \"tidak terbukti\".";
            }

            if (errors.Count > 0)
            {
                return ApiEndpoints.Invalid(errors);
            }

            var result = await reports.ChangeStatusAsync(actor, registrationNumber, new StatusChange(to!.Value, body.PublicNote, body.InternalNote, outcome, body.ForwardedTo), ct);
            switch (result.Kind)
            {
                case OutcomeKind.NotFound:
                    return NotFound();
                case OutcomeKind.Forbidden:
                    return NoContentAccess();
                case OutcomeKind.Conflict:
                    return TypedResults.Problem(title: "Perubahan status tidak diizinkan", detail: result.Errors.GetValueOrDefault("status"), statusCode: StatusCodes.Status409Conflict);
                case OutcomeKind.Invalid:
                    return ApiEndpoints.Invalid(result.Errors);
            }

            var number = RegistrationNumbers.Normalize(registrationNumber);
            var now = await db.Complaints.AsNoTracking().Where(r => r.RegistrationNumber == number)
                .Select(r => new { r.RegistrationNumber, r.Status, r.DueOn, r.Outcome, r.ForwardedTo }).SingleAsync(ct);
            return TypedResults.Ok(new StaffStatusChanged(now.RegistrationNumber, now.Status.Display(), Iso(now.DueOn), now.Outcome?.Display(), now.ForwardedTo,
                ComplaintWorkflow.AllowedFrom(now.Status).Select(s => s.Display()).ToList()));
        })
        .WithSummary("Changes a report's status as the workflow allows")
        .WithDescription("A public note is required for Perlu Dilengkapi, Ditolak, Diteruskan and Selesai; an outcome (terbukti / tidak terbukti) for Selesai; forwardedTo for Diteruskan. An illegal transition answers 409, and so does a change that lost to another change of the same report made at the same moment (read the report again, then retry if still wanted).")
        .Produces<StaffStatusChanged>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

        return v1;
    }

    // A token outlives nothing: a disabled account, changed roles or a reset authenticator (new security stamp) end it.
    private static async ValueTask<object?> RejectStaleTokensAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var users = http.RequestServices.GetRequiredService<UserManager<AppUser>>();
        var id = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var account = id is null ? null : await users.FindByIdAsync(id);
        var stamp = http.User.FindFirstValue(users.Options.ClaimsIdentity.SecurityStampClaimType);
        if (account is not { IsStaff: true, IsDisabled: false } || account.SecurityStamp != stamp)
        {
            return TypedResults.Problem(title: "Sesi berakhir", detail: "Token tidak berlaku lagi; masuk kembali.", statusCode: StatusCodes.Status401Unauthorized);
        }

        return await next(context);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NoContentAccess() =>
        TypedResults.Problem(title: "Tidak diizinkan", detail: "Peran Anda tidak membaca isi pengaduan.", statusCode: StatusCodes.Status403Forbidden);

    private static IResult NotFound() => ApiEndpoints.NotFound("Pengaduan dengan nomor itu tidak ditemukan atau tidak didisposisikan kepada Anda.");

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static StaffComplaintDetailDto ToDto(StaffComplaintDetail d)
    {
        var c = d.Content;
        return new StaffComplaintDetailDto(
            d.RegistrationNumber, d.Status.Display(), d.SubmittedAt, d.UpdatedAt, d.ViolationType, d.Unit,
            c.Title, c.Description, c.ReportedPersons.Select(p => new ReportedPersonDto(p.Name, p.Position, p.Unit)).ToList(), c.Witnesses, c.Location,
            c.IncidentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.IncidentDateEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            c.Why, c.How, c.EstimatedLoss, d.MaskedPhone, d.HasEmail, d.AssignedTo,
            Enum.GetValues<Checklist>().Where(f => f != Checklist.None && d.Checklist.HasFlag(f)).Select(f => f.ToString()).ToList(),
            d.Outcome?.Display(), d.ForwardedTo, Iso(d.DueOn), d.Deadline.ToString(), d.AllowedNext.Select(s => s.Display()).ToList(),
            d.Events.Select(e => new StaffHistoryDto(e.Kind.ToString(), e.Status.Display(), e.At, e.Actor, e.PublicNote, e.InternalNote)).ToList(),
            d.Messages.Select(m => new StaffMessageDto(m.Id, m.FromStaff, m.Author, m.At, m.Body, m.ReadAt)).ToList(),
            d.Attachments.Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.RemovedMetadata)).ToList());
    }
}
