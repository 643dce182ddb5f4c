using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Wbs.Tests.Infrastructure;

/// <summary>A file to upload, as a browser or an API client would send it.</summary>
public sealed record UploadFile(string FileName, byte[] Content, string ContentType = "application/octet-stream");

/// <summary>
/// A person with a browser: keeps cookies, reads pages as HTML and submits their forms the way a browser does
/// (every field as rendered, the anti-forgery token included, checkboxes only when ticked).
/// </summary>
public sealed class PageClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>GETs a page and checks that it answered 200.</summary>
    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        using var response = await http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}, expected 200.");
        return await ParseAsync(response);
    }

    /// <summary>Opens <paramref name="pageUrl"/>, fills its form (the first matching <paramref name="formSelector"/>) and submits it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(
        string pageUrl, IDictionary<string, string?> values, IReadOnlyList<UploadFile>? files = null,
        string formSelector = "main form[method=post]", bool withAntiforgery = true)
    {
        var page = await GetPageAsync(pageUrl);
        return await SubmitAsync(page, pageUrl, values, files, formSelector, withAntiforgery);
    }

    /// <summary>Submits a form of an open page; <paramref name="submitter"/> picks the button pressed (its formaction wins, as in a browser).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(
        IHtmlDocument page, string pageUrl, IDictionary<string, string?> values, IReadOnlyList<UploadFile>? files = null,
        string formSelector = "main form[method=post]", bool withAntiforgery = true, string? submitter = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        var fields = FormFields(form, values);
        if (!withAntiforgery)
        {
            fields.RemoveAll(f => f.Key == "__RequestVerificationToken");
        }
        else
        {
            Assert.Contains(fields, f => f.Key == "__RequestVerificationToken" && f.Value.Length > 0);
        }

        var button = submitter is null ? null
            : form.QuerySelector(submitter) ?? throw new InvalidOperationException($"No button '{submitter}' in the form on {pageUrl}.");
        var action = button?.GetAttribute("formaction") is { Length: > 0 } formAction ? formAction : form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        using var content = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? Multipart(fields, files ?? [], form.QuerySelector<IHtmlInputElement>("input[type=file]")?.Name ?? "Files")
            : (HttpContent)new FormUrlEncodedContent(fields);
        return await http.PostAsync(target, content);
    }

    /// <summary>Follows a redirect answer with a GET, as a browser does after a form.</summary>
    public async Task<IHtmlDocument> FollowAsync(HttpResponseMessage redirect)
    {
        Assert.True(redirect.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)redirect.StatusCode}.");
        return await GetPageAsync(redirect.Headers.Location!.OriginalString);
    }

    /// <summary>Registers a new reporter through the Daftar page; the client is then logged in as that reporter.</summary>
    public async Task<Reporter> RegisterAsync(string? username = null, string? phoneNumber = null, string? email = null)
    {
        var reporter = Reporter.New(username, phoneNumber, email);
        using var response = await SubmitAsync("/Akun/Daftar", reporter.DaftarForm());
        var page = await ParseAsync(response);
        var code = page.QuerySelector("[data-recovery-code]")?.TextContent.Trim();
        Assert.True(code is { Length: > 0 }, "Registration did not show a recovery code: " + ErrorsOn(page));
        return reporter with { RecoveryCode = code };
    }

    public async Task<HttpResponseMessage> LoginAsync(string username, string password) =>
        await SubmitAsync("/Akun/Masuk", new Dictionary<string, string?> { ["Input.Username"] = username, ["Input.Password"] = password });

    /// <summary>Fills Tambah Pengaduan from a builder and submits it.</summary>
    public async Task<HttpResponseMessage> SubmitReportAsync(ComplaintBuilder report, bool withAntiforgery = true)
    {
        var page = await GetPageAsync("/Pengaduan/Tambah");
        return await SubmitAsync(page, "/Pengaduan/Tambah", report.PageForm(page), report.Files, withAntiforgery: withAntiforgery);
    }

    /// <summary>Submits a valid report and returns the number shown by the list it redirects to.</summary>
    public async Task<string> SubmitValidReportAsync(ComplaintBuilder? report = null)
    {
        using var response = await SubmitReportAsync(report ?? new ComplaintBuilder());
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            Assert.Fail("Tambah Pengaduan did not redirect: " + ErrorsOn(await ParseAsync(response)));
        }

        var list = await FollowAsync(response);
        return list.QuerySelector("[role=status] .reg-number")?.TextContent.Trim()
            ?? throw new InvalidOperationException("The list shows no success message with a number.");
    }

    /// <summary>Every error message a page shows, for assertion messages.</summary>
    public static string ErrorsOn(IHtmlDocument page) =>
        string.Join(" | ", page.QuerySelectorAll(".error-summary li, .error-text").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));

    public void Dispose() => http.Dispose();

    private static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form, IDictionary<string, string?> values)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var used = new HashSet<string>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            var overridden = values.TryGetValue(name, out var wanted);
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (overridden)
                    {
                        used.Add(name);
                    }

                    if (overridden ? wanted == input.Value : input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "file" or "submit" or "button" or "image" or "reset":
                    break;
                case IHtmlInputElement input when input.Type == "hidden" && overridden && used.Contains(name):
                    // The hidden "false" that follows a checkbox: a browser sends it, and the binder reads the first value.
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlInputElement input:
                    Add(name, overridden ? wanted : input.Value);
                    break;
                case IHtmlTextAreaElement textArea:
                    Add(name, overridden ? wanted : textArea.Value);
                    break;
                case IHtmlSelectElement select:
                    Add(name, overridden ? wanted : SubmittedOption(select)?.Value);
                    break;
            }
        }

        foreach (var (name, value) in values)
        {
            if (!used.Contains(name) && value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        return fields;

        void Add(string name, string? value)
        {
            used.Add(name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }
    }

    /// <summary>A single select sends its selected option, or its first when none is marked.</summary>
    private static IHtmlOptionElement? SubmittedOption(IHtmlSelectElement select) =>
        select.SelectedOptions.Length > 0 ? (IHtmlOptionElement)select.SelectedOptions[0] : select.Options.Length > 0 ? select.Options[0] : null;

    private static MultipartFormDataContent Multipart(List<KeyValuePair<string, string>> fields, IReadOnlyList<UploadFile> files, string fileField)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            content.Add(part, fileField, file.FileName);
        }

        return content;
    }
}

public static class DocumentExtensions
{
    public static string Text(this IParentNode node, string selector) =>
        node.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches '{selector}'.");

    /// <summary>The error text shown beside a form field (empty when there is none).</summary>
    public static string FieldError(this IParentNode node, string name)
    {
        var input = node.QuerySelector($"[name='{name}']") ?? throw new InvalidOperationException($"No field {name}.");
        var field = input.Closest(".field") ?? throw new InvalidOperationException($"Field {name} has no .field wrapper.");
        return string.Join(" ", field.QuerySelectorAll(".error-text").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
    }

    public static string? ValueOf(this IParentNode node, string name) => node.QuerySelector($"[name='{name}']") switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement area => area.Value,
        IHtmlSelectElement select => select.SelectedOptions.Length > 0 ? ((IHtmlOptionElement)select.SelectedOptions[0]).Value : null,
        _ => null,
    };
}

public static class UriExtensions
{
    /// <summary>The path and query of a redirect's Location, whether the server wrote it absolute or relative.</summary>
    public static string PathAndQuery(this Uri location) =>
        location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
