namespace Wbs.Web.Features.Gratifikasi;

/// <summary>
/// One field of the Lapor Gratifikasi form: the API's name of it (the key its error is reported under), the draft
/// property the page binds it to, and whether it is a group of radio buttons (whose first button an error links to).
/// </summary>
public sealed record GratificationFormField(string Key, string Property, bool IsChoice = false)
{
    /// <summary>The form's fields in the order they are shown, so the error summary reads from top to bottom.</summary>
    public static readonly IReadOnlyList<GratificationFormField> All =
    [
        new("reportType", nameof(GratificationDraft.ReportType), IsChoice: true),
        new("fullName", nameof(GratificationDraft.FullName)),
        new("nik", nameof(GratificationDraft.Nik)),
        new("nip", nameof(GratificationDraft.Nip)),
        new("position", nameof(GratificationDraft.Position)),
        new("unit", nameof(GratificationDraft.Unit)),
        new("institution", nameof(GratificationDraft.Institution)),
        new("phoneNumber", nameof(GratificationDraft.PhoneNumber)),
        new("email", nameof(GratificationDraft.Email)),
        new("address", nameof(GratificationDraft.Address)),
        new("giverName", nameof(GratificationDraft.GiverName)),
        new("giverOccupation", nameof(GratificationDraft.GiverOccupation)),
        new("giverAddress", nameof(GratificationDraft.GiverAddress)),
        new("giverPhone", nameof(GratificationDraft.GiverPhone)),
        new("relationship", nameof(GratificationDraft.Relationship), IsChoice: true),
        new("relationshipOther", nameof(GratificationDraft.RelationshipOther)),
        new("occasion", nameof(GratificationDraft.Occasion), IsChoice: true),
        new("occasionOther", nameof(GratificationDraft.OccasionOther)),
        new("objectType", nameof(GratificationDraft.ObjectType)),
        new("objectDescription", nameof(GratificationDraft.ObjectDescription)),
        new("estimatedValue", nameof(GratificationDraft.EstimatedValue)),
        new("receivedDate", nameof(GratificationDraft.ReceivedDate)),
        new("receivedPlace", nameof(GratificationDraft.ReceivedPlace)),
        new("objectLocation", nameof(GratificationDraft.ObjectLocation), IsChoice: true),
        new("chronology", nameof(GratificationDraft.Chronology)),
        new("files", "Files"),
        new("statement", "Statement"),
    ];

    private static readonly Dictionary<string, GratificationFormField> ByKey = All.ToDictionary(f => f.Key);

    private static readonly Dictionary<string, int> Position = All.Select((f, i) => (f.Key, i)).ToDictionary(p => p.Key, p => p.i);

    /// <summary>The field an error key names; throws for a key the form does not have, so a typo fails a test, not a user.</summary>
    public static GratificationFormField Of(string key) => ByKey[key];

    /// <summary>Where a key sits in the form; keys the form does not show sort last.</summary>
    public static int Order(string key) => Position.GetValueOrDefault(key, All.Count);

    /// <summary>Where the error summary sends the reader for a key; the form itself for a key it does not show.</summary>
    public static string Anchor(string key) => ByKey.TryGetValue(key, out var field) ? field.Anchor() : "grt-form";

    private bool BindsToDraft => Property is not ("Files" or "Statement");

    /// <summary>The posted name: <c>Input.Nik</c> for a draft field, the page property's own name otherwise.</summary>
    public string Name => BindsToDraft ? "Input." + Property : Property;

    /// <summary>The element id ASP.NET Core would give the field (<c>Input_Nik</c>).</summary>
    public string Id => BindsToDraft ? "Input_" + Property : Property;

    private string Anchor() => IsChoice ? Id + "_0" : Id;
}
