using System.Globalization;
using System.Net;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Features.Gratifikasi;

namespace Wbs.Tests.Api;

/// <summary>A gratification draft sent to POST /api/v1/gratifications as a mobile app would, and the legal deadline worked out by hand.</summary>
public static class GratificationApiForm
{
    /// <summary>Today in the agency's time zone, as the app's validation sees it.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(AgencyTime.Now);

    /// <summary>The multipart form: every filled field of the draft under its API name (camelCase), then the files.</summary>
    public static MultipartFormDataContent Of(GratificationDraft draft, params UploadFile[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var property in typeof(GratificationDraft).GetProperties())
        {
            if (property.GetValue(draft) is string value)
            {
                form.Add(new StringContent(value), char.ToLowerInvariant(property.Name[0]) + property.Name[1..]);
            }
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
            form.Add(part, "files", file.FileName);
        }

        return form;
    }

    public static async Task<HttpResponseMessage> PostAsync(ApiClient api, GratificationDraft? draft = null, params UploadFile[] files)
    {
        using var form = Of(draft ?? GratificationSamples.Draft(Today), files);
        return await api.Http.PostAsync("/api/v1/gratifications", form);
    }

    /// <summary>Submits a valid report and returns its number.</summary>
    public static async Task<string> CreateAsync(ApiClient api, GratificationDraft? draft = null, params UploadFile[] files)
    {
        using var response = await PostAsync(api, draft, files);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /api/v1/gratifications answered {(int)response.StatusCode}: {body}");
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("registrationNumber").GetString()!;
    }

    /// <summary>Receipt date plus 30 working days: weekends and the national holiday table skipped, the day itself not counted.</summary>
    public static DateOnly LegalDeadline(DateOnly received)
    {
        var holidays = HolidaySeed.Days.Select(d => DateOnly.ParseExact(d.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToHashSet();
        var day = received;
        for (var counted = 0; counted < 30;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day))
            {
                counted++;
            }
        }

        return day;
    }
}
