using Wbs.Web.Domain;

namespace Wbs.Web.Security;

/// <summary>
/// What a page shows in place of content the retention job erased: the structural row stays, its sealed values are
/// stored empty, and opening one gives this placeholder instead of failing to decrypt. The case pages add the date.
/// </summary>
public static class ErasedContent
{
    public const string Text = "Isi telah dihapus sesuai jadwal retensi";

    public static T Placeholder<T>(Guid scope) => (T)(object)(typeof(T) switch
    {
        var t when t == typeof(string) => Text,
        var t when t == typeof(ComplaintContent) => new ComplaintContent
        {
            Title = Text, Description = Text + ".", ReportedPersons = [], Location = "-", IncidentDate = DateOnly.MinValue,
        },
        var t when t == typeof(GratificationContent) => new GratificationContent
        {
            ReportType = default, GiverName = "-", Relationship = default, Occasion = default, ObjectType = default,
            ObjectDescription = Text, EstimatedValue = 0, ReceivedDate = DateOnly.MinValue, ReceivedPlace = "-", ObjectLocation = default, Chronology = Text + ".",
        },
        var t when t == typeof(GratificationIdentity) => new GratificationIdentity
        {
            FullName = Text, Nik = "-", Position = "-", Unit = "-", Institution = "-", PhoneNumber = "-",
        },
        _ => throw new ContentErasedException(scope, DateOnly.MinValue),
    });
}
