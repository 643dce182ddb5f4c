using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Extended = DocumentFormat.OpenXml.ExtendedProperties;

namespace Wbs.Web.Evidence;

/// <summary>
/// Clears who made a Word or Excel file (core, extended and custom properties, author lists, local paths) with the
/// Open XML SDK; the parts holding the text, tables and pictures are not loaded, so they are carried over unchanged.
/// </summary>
internal static class OfficeCleaner
{
    private const string Unreadable = "dokumen ini tidak dapat dibuka untuk dibersihkan dari metadata (mungkin rusak atau dikunci kata sandi). Simpan ulang dokumennya lalu unggah lagi.";

    public static CleanedEvidence Clean(byte[] data, bool spreadsheet)
    {
        var removed = new RemovedNames();
        try
        {
            OfficeGuard.Check(data);
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or IOException)
        {
            throw new EvidenceCleaningException(Unreadable, ex);
        }

        var copy = new MemoryStream();
        copy.Write(data);
        copy.Position = 0;
        try
        {
            using (OpenXmlPackage package = spreadsheet ? SpreadsheetDocument.Open(copy, true) : WordprocessingDocument.Open(copy, true))
            {
                var properties = new List<string>();
                ClearCoreProperties(package, properties);
                switch (package)
                {
                    case WordprocessingDocument word:
                        ClearExtended(word.ExtendedFilePropertiesPart, properties);
                        AddIf(properties.Count > 0, MetadataNames.OfficeProperties(properties), removed);
                        AddIf(Delete(word, word.CustomFilePropertiesPart), MetadataNames.OfficeCustom, removed);
                        AddIf(Delete(word, word.ThumbnailPart), MetadataNames.OfficeThumbnail, removed);
                        CleanWord(word, removed);
                        break;
                    case SpreadsheetDocument sheet:
                        ClearExtended(sheet.ExtendedFilePropertiesPart, properties);
                        AddIf(properties.Count > 0, MetadataNames.OfficeProperties(properties), removed);
                        AddIf(Delete(sheet, sheet.CustomFilePropertiesPart), MetadataNames.OfficeCustom, removed);
                        AddIf(Delete(sheet, sheet.ThumbnailPart), MetadataNames.OfficeThumbnail, removed);
                        CleanWorkbook(sheet, removed);
                        break;
                }

                OfficeIdentity.Clean(package, removed);
                CleanEmbeddedImages(package, removed);
            }

            return new CleanedEvidence(copy.ToArray(), removed.ToList());
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or System.Xml.XmlException)
        {
            throw new EvidenceCleaningException(Unreadable, ex);
        }
        finally
        {
            copy.Dispose();
        }
    }

    private static void ClearCoreProperties(OpenXmlPackage package, List<string> found)
    {
        var core = package.PackageProperties;
        Clear(core.Creator, () => core.Creator = null, "pembuat", found);
        Clear(core.LastModifiedBy, () => core.LastModifiedBy = null, "diubah oleh", found);
        Clear(core.Title, () => core.Title = null, "judul", found);
        Clear(core.Subject, () => core.Subject = null, "subjek", found);
        Clear(core.Keywords, () => core.Keywords = null, "kata kunci", found);
        Clear(core.Description, () => core.Description = null, "keterangan", found);
        Clear(core.Category, () => core.Category = null, "kategori", found);
        Clear(core.ContentStatus, () => core.ContentStatus = null, "status", found);
        Clear(core.Identifier, () => core.Identifier = null, "pengenal", found);
        Clear(core.Revision, () => core.Revision = null, "nomor revisi", found);
        Clear(core.Version, () => core.Version = null, "versi", found);
        Clear(core.Created?.ToString("O"), () => core.Created = null, "tanggal dibuat", found);
        Clear(core.Modified?.ToString("O"), () => core.Modified = null, "tanggal diubah", found);
        Clear(core.LastPrinted?.ToString("O"), () => core.LastPrinted = null, "tanggal dicetak", found);
    }

    private static void ClearExtended(ExtendedFilePropertiesPart? part, List<string> found)
    {
        if (part?.Properties is not { } root)
        {
            return;
        }

        RemoveAll<Extended.Company>(root, "perusahaan", found);
        RemoveAll<Extended.Manager>(root, "manajer", found);
        RemoveAll<Extended.Template>(root, "templat", found);
        RemoveAll<Extended.HyperlinkBase>(root, "alamat dasar tautan", found);
        RemoveAll<Extended.TotalTime>(root, "lama penyuntingan", found);
        root.Save();
    }

    private static void CleanWord(WordprocessingDocument word, RemovedNames removed)
    {
        if (word.MainDocumentPart is not { } main)
        {
            return;
        }

        AddIf(Delete(main, main.WordprocessingPeoplePart), MetadataNames.OfficePeople, removed);
        if (main.DocumentSettingsPart is { Settings: { } settings } part
            && settings.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.AttachedTemplate>() is { } template)
        {
            // The template path usually names the Windows user, e.g. C:\Users\<name>\AppData\...\Normal.dotm.
            if (template.Id?.Value is { } id && part.ExternalRelationships.Any(r => r.Id == id))
            {
                part.DeleteExternalRelationship(id);
            }

            template.Remove();
            settings.Save();
            removed.Add(MetadataNames.OfficePaths);
        }
    }

    private static void CleanWorkbook(SpreadsheetDocument sheet, RemovedNames removed)
    {
        if (sheet.WorkbookPart is not { } part || !PartMentions(part, "absPath"))
        {
            return;
        }

        // Excel records the folder it last saved to (x15ac:absPath), which usually names the user.
        var workbook = part.Workbook;
        var paths = workbook.Descendants().Where(e => e.LocalName == "absPath").ToList();
        foreach (var path in paths)
        {
            (path.Ancestors<AlternateContent>().FirstOrDefault() ?? (OpenXmlElement)path).Remove();
        }

        workbook.Save();
        AddIf(paths.Count > 0, MetadataNames.OfficePaths, removed);
    }

    /// <summary>Photos pasted into a document keep their EXIF (GPS, camera); they get the same cleaning as uploaded photos.</summary>
    private static void CleanEmbeddedImages(OpenXmlPackage package, RemovedNames removed)
    {
        var names = new RemovedNames();
        foreach (var image in package.GetAllParts().OfType<ImagePart>().ToList())
        {
            Func<byte[], CleanedEvidence>? clean = image.ContentType switch
            {
                "image/jpeg" => JpegCleaner.Clean,
                "image/png" => PngCleaner.Clean,
                _ => null,
            };
            if (clean is null)
            {
                continue;
            }

            using var buffer = new MemoryStream();
            using (var stream = image.GetStream(FileMode.Open, FileAccess.Read))
            {
                stream.CopyTo(buffer);
            }

            CleanedEvidence cleaned;
            try
            {
                cleaned = clean(buffer.ToArray());
            }
            catch (EvidenceCleaningException)
            {
                // A picture Word or Excel shows but we cannot parse stays as it is; the document is still cleaned.
                continue;
            }

            if (cleaned.RemovedMetadata.Count > 0)
            {
                using var content = new MemoryStream(cleaned.Content);
                image.FeedData(content);
                cleaned.RemovedMetadata.ToList().ForEach(names.Add);
            }
        }

        AddIf(names.ToList().Count > 0, MetadataNames.OfficeEmbeddedImages(names.ToList()), removed);
    }

    private static bool PartMentions(OpenXmlPart part, string text)
    {
        using var reader = new StreamReader(part.GetStream(FileMode.Open, FileAccess.Read));
        return reader.ReadToEnd().Contains(text, StringComparison.Ordinal);
    }

    private static void Clear(string? value, Action clear, string label, List<string> found)
    {
        if (!string.IsNullOrEmpty(value))
        {
            found.Add(label);
        }

        clear();
    }

    private static void RemoveAll<T>(OpenXmlElement root, string label, List<string> found)
        where T : OpenXmlElement
    {
        var elements = root.Elements<T>().ToList();
        if (elements.Any(e => !string.IsNullOrEmpty(e.InnerText)))
        {
            found.Add(label);
        }

        elements.ForEach(e => e.Remove());
    }

    private static bool Delete(OpenXmlPartContainer container, OpenXmlPart? part) => part is not null && container.DeletePart(part);

    private static void AddIf(bool condition, string name, RemovedNames removed)
    {
        if (condition)
        {
            removed.Add(name);
        }
    }
}
