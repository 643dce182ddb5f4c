using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Wbs.Web.Infrastructure;

/// <summary>
/// What an unhandled error answers: problem details under /api, the Indonesian error page elsewhere. A database that
/// cannot be reached (refused, timed out, pool exhausted, too many connections) is a 503 with Retry-After, never a 500.
/// </summary>
public static class ErrorAnswers
{
    public const int RetryAfterSeconds = 10;

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>The status an exception deserves; used by both error paths.</summary>
    public static int StatusOf(Exception error) => error switch
    {
        _ when IsDatabaseUnavailable(error) => StatusCodes.Status503ServiceUnavailable,
        BadHttpRequestException bad => bad.StatusCode,
        _ when BrokenUpload.Describe(error) is not null => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static bool IsDatabaseUnavailable(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // 08: connection exception; 53: insufficient resources (53300 too many connections); 57P01-57P03: shutdown.
                case PostgresException pg when pg.SqlState.StartsWith("08", StringComparison.Ordinal)
                    || pg.SqlState.StartsWith("53", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03":
                case NpgsqlException { IsTransient: true }:
                case NpgsqlException { InnerException: SocketException or TimeoutException or IOException }:
                case SqliteException { SqliteErrorCode: 5 or 6 or 14 }:
                case TimeoutException:
                case SocketException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The exception handler of the API: problem details with the status the error deserves.</summary>
    public static async Task ApiAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = error is null ? StatusCodes.Status500InternalServerError : StatusOf(error);
        var (title, detail) = status switch
        {
            StatusCodes.Status503ServiceUnavailable => ("Layanan sedang tidak tersedia",
                $"Basis data sedang tidak dapat dijangkau. Tidak ada yang tersimpan dari permintaan ini; coba lagi dalam {RetryAfterSeconds} detik."),
            StatusCodes.Status400BadRequest => ("Kiriman rusak", BrokenUpload.Describe(error!) ?? "Permintaan tidak dapat dibaca."),
            StatusCodes.Status408RequestTimeout => ("Kiriman terhenti", BrokenUpload.Stalled),
            StatusCodes.Status413PayloadTooLarge => ("Kiriman terlalu besar", "Ukuran kiriman melebihi batas."),
            _ when status < 500 => ("Permintaan tidak valid", "Permintaan tidak dapat dibaca."),
            _ => ("Terjadi kesalahan", "Permintaan tidak dapat diproses. Data yang sudah tersimpan tidak berubah. Silakan coba lagi."),
        };
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.Response.StatusCode = status;
        await Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(context);
    }
}
