using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Wbs.Tests.Evidence;

/// <summary>
/// A Word and an Excel file as an office PC leaves them: creator, last editor, company, manager, a custom
/// property with an employee number, paths naming the Windows user, and a pasted phone photo with its EXIF. Part contents are written as raw XML.
/// </summary>
public static class OfficeSamples
{
    public const string Creator = "Budi Pembuat Dokumen";
    public const string Editor = "Siti Pengubah Dokumen";
    public const string Company = "Dinas Rahasia Kota";
    public const string Manager = "Pak Atasan Langsung";
    public const string EmployeeNumber = "198001012005011001";
    public const string WindowsUser = "budi.santoso";
    public const string DocumentText = "Pembayaran fiktif kepada rekanan tanggal 3 Maret.";
    public const string SheetText = "Anggaran perjalanan dinas ganda";

    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Feed(main, $"""<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{DocumentText}</w:t></w:r></w:p></w:body></w:document>""");
            using (var photo = new MemoryStream(ImageSamples.Jpeg()))
            {
                main.AddImagePart(ImagePartType.Jpeg).FeedData(photo);
            }

            var settings = main.AddNewPart<DocumentSettingsPart>();
            Feed(settings, $"""<w:settings xmlns:w="{W}" xmlns:r="{R}"><w:attachedTemplate r:id="rId1"/><w:defaultTabStop w:val="720"/></w:settings>""");
            settings.AddExternalRelationship(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate",
                new Uri($"file:///C:/Users/{WindowsUser}/AppData/Roaming/Microsoft/Templates/Normal.dotm"), "rId1");
            var people = main.AddNewPart<WordprocessingPeoplePart>();
            Feed(people, $"""<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="{Creator}"><w15:presenceInfo w15:providerId="AD" w15:userId="S::{WindowsUser}@kantor.go.id"/></w15:person></w15:people>""");
            AddProperties(document);
        }

        return stream.ToArray();
    }

    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            Feed(workbook, $"""<workbook xmlns="{S}" xmlns:r="{R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15ac" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"><mc:AlternateContent><mc:Choice Requires="x15"><x15ac:absPath url="C:\Users\{WindowsUser}\Documents\Laporan\"/></mc:Choice></mc:AlternateContent><sheets><sheet name="Data" sheetId="1" r:id="rIdSheet"/></sheets></workbook>""");
            var sheet = workbook.AddNewPart<WorksheetPart>("rIdSheet");
            Feed(sheet, $"""<worksheet xmlns="{S}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{SheetText}</t></is></c><c r="B1"><v>250000000</v></c></row></sheetData></worksheet>""");
            AddProperties(document);
        }

        return stream.ToArray();
    }

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static void AddProperties(OpenXmlPackage document)
    {
        var (core, app, custom) = document switch
        {
            WordprocessingDocument word => ((OpenXmlPart)word.AddCoreFilePropertiesPart(), (OpenXmlPart)word.AddExtendedFilePropertiesPart(), (OpenXmlPart)word.AddCustomFilePropertiesPart()),
            SpreadsheetDocument sheet => (sheet.AddCoreFilePropertiesPart(), sheet.AddExtendedFilePropertiesPart(), sheet.AddCustomFilePropertiesPart()),
            _ => throw new ArgumentException("Word or Excel only.", nameof(document)),
        };
        Feed(core, $"""<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>{Creator}</dc:creator><cp:lastModifiedBy>{Editor}</cp:lastModifiedBy><dc:title>Catatan pribadi Budi</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T08:15:00Z</dcterms:created></cp:coreProperties>""");
        Feed(app, $"""<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><TotalTime>42</TotalTime><Application>Microsoft Office Word</Application><Company>{Company}</Company><Manager>{Manager}</Manager></Properties>""");
        Feed(custom, $$"""<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="NIP Pembuat"><vt:lpwstr>{{EmployeeNumber}}</vt:lpwstr></property></Properties>""");
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(content);
    }
}
