using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Wbs.Tests.Infrastructure;

public sealed record PersonInput(string? Name, string? Position = null, string? Unit = null);

/// <summary>A complaint as a reporter would fill it: valid by default, every field replaceable (null leaves it empty).</summary>
public sealed class ComplaintBuilder
{
    public string? ViolationType { get; set; } = "Pungutan Liar";
    public string? Title { get; set; } = "Pungutan dalam pengurusan izin usaha";
    public string? Description { get; set; } = "Petugas loket meminta uang tambahan di luar tarif resmi sebelum berkas diproses.";
    public List<PersonInput> ReportedPersons { get; set; } = [new("Pak Anu", "Kepala Seksi Perizinan", "DPMPTSP")];
    public string? Witnesses { get; set; } = "Dua pemohon lain yang antre pada hari itu.";
    public string? Unit { get; set; } = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu";
    public string? Location { get; set; } = "Loket perizinan, Jl. Moch. Roem";
    public string? IncidentDate { get; set; } = "2026-03-17";
    public string? IncidentDateEnd { get; set; }
    public string? Why { get; set; } = "Agar berkas didahulukan.";
    public string? How { get; set; } = "Diminta secara lisan, dibayar tunai tanpa kuitansi.";
    public string? EstimatedLoss { get; set; } = "1.500.000";
    public bool GoodFaith { get; set; } = true;
    public List<UploadFile> Files { get; set; } = [];

    public ComplaintBuilder WithFiles(params UploadFile[] files)
    {
        Files = [.. files];
        return this;
    }

    /// <summary>The Tambah Pengaduan form's fields; choices are picked by their visible text on <paramref name="page"/>.</summary>
    public Dictionary<string, string?> PageForm(IHtmlDocument page)
    {
        var form = new Dictionary<string, string?>
        {
            ["Input.ViolationTypeId"] = OptionValue(page, "Input.ViolationTypeId", ViolationType),
            ["Input.Title"] = Title ?? "",
            ["Input.Description"] = Description ?? "",
            ["Input.Witnesses"] = Witnesses ?? "",
            ["Input.UnitId"] = OptionValue(page, "Input.UnitId", Unit),
            ["Input.Location"] = Location ?? "",
            ["Input.IncidentDate"] = IncidentDate ?? "",
            ["Input.IncidentDateEnd"] = IncidentDateEnd ?? "",
            ["Input.Why"] = Why ?? "",
            ["Input.How"] = How ?? "",
            ["Input.EstimatedLoss"] = EstimatedLoss ?? "",
            ["Input.GoodFaith"] = GoodFaith ? "true" : "false",
        };
        for (var i = 0; i < ReportedPersons.Count; i++)
        {
            form[$"Input.ReportedPersons[{i}].Name"] = ReportedPersons[i].Name ?? "";
            form[$"Input.ReportedPersons[{i}].Position"] = ReportedPersons[i].Position ?? "";
            form[$"Input.ReportedPersons[{i}].Unit"] = ReportedPersons[i].Unit ?? "";
        }

        return form;
    }

    /// <summary>The multipart body of POST /api/v1/reports; the type's id is looked up by name.</summary>
    public MultipartFormDataContent ApiForm(IReadOnlyDictionary<string, int> violationTypeIds)
    {
        var content = new MultipartFormDataContent();
        Add("title", Title);
        Add("description", Description);
        Add("violationTypeId", ViolationType is null ? null : violationTypeIds[ViolationType].ToString(CultureInfo.InvariantCulture));
        Add("reportedPersons", ReportedPersons.Count == 0 ? null : JsonSerializer.Serialize(
            ReportedPersons.Select(p => new { name = p.Name, position = p.Position, unit = p.Unit })));
        Add("witnesses", Witnesses);
        Add("location", Location);
        Add("unit", Unit);
        Add("incidentDate", IncidentDate);
        Add("incidentDateEnd", IncidentDateEnd);
        Add("why", Why);
        Add("how", How);
        Add("estimatedLoss", EstimatedLoss?.Replace(".", "", StringComparison.Ordinal));
        foreach (var file in Files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            content.Add(part, "files", file.FileName);
        }

        return content;

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                content.Add(new StringContent(value), name);
            }
        }
    }

    private static string? OptionValue(IHtmlDocument page, string selectName, string? text)
    {
        if (text is null)
        {
            return "";
        }

        var select = page.QuerySelector<IHtmlSelectElement>($"select[name='{selectName}']")
            ?? throw new InvalidOperationException($"The page has no select {selectName}.");
        return select.Options.FirstOrDefault(o => o.Text.Trim() == text)?.Value
            ?? throw new InvalidOperationException($"'{text}' is not a choice of {selectName}.");
    }
}
