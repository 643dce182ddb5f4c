using ImageMagick;

namespace Wbs.Web.Evidence;

/// <summary>Reads an EXIF block (with Magick.NET's managed reader) to name what it held and to keep only the orientation.</summary>
internal static class ExifFacts
{
    private static readonly ExifTag[] CameraTags =
    [
        ExifTag.Make, ExifTag.Model, ExifTag.SerialNumber, ExifTag.LensSerialNumber, ExifTag.LensMake,
        ExifTag.LensModel, ExifTag.ImageUniqueID, ExifTag.MakerNote,
    ];

    private static readonly ExifTag[] PeopleTags =
    [
        ExifTag.OwnerName, ExifTag.Artist, ExifTag.Copyright, ExifTag.XPAuthor, ExifTag.HostComputer,
    ];

    /// <summary>Adds the names of what the EXIF block holds; returns its orientation (1 when absent or unreadable).</summary>
    public static ushort Describe(ReadOnlySpan<byte> tiffOrExif, RemovedNames removed)
    {
        ExifProfile profile;
        try
        {
            profile = new ExifProfile(WithExifHeader(tiffOrExif));
            _ = profile.Values.Count;
        }
#pragma warning disable CA1031 // A malformed EXIF block is dropped whole; its details only make the names more precise.
        catch (Exception)
#pragma warning restore CA1031
        {
            removed.Add(MetadataNames.ExifOther);
            return 1;
        }

        var tags = profile.Values.Select(v => v.Tag).ToList();
        if (tags.Any(t => t.ToString().StartsWith("GPS", StringComparison.Ordinal)))
        {
            removed.Add(MetadataNames.ExifGps);
        }

        if (tags.Any(t => CameraTags.Contains(t)))
        {
            removed.Add(MetadataNames.ExifCamera);
        }

        if (tags.Any(t => PeopleTags.Contains(t)))
        {
            removed.Add(MetadataNames.ExifPeople);
        }

        if (profile.ThumbnailLength > 0)
        {
            removed.Add(MetadataNames.ExifThumbnail);
        }

        removed.Add(MetadataNames.ExifOther);
        var orientation = profile.GetValue(ExifTag.Orientation)?.Value ?? 1;
        return orientation is >= 1 and <= 8 ? orientation : (ushort)1;
    }

    /// <summary>A minimal TIFF block holding only the orientation, so a turned photo still shows upright.</summary>
    public static byte[] OrientationOnlyTiff(ushort orientation)
    {
        var profile = new ExifProfile();
        profile.SetValue(ExifTag.Orientation, orientation);
        var data = profile.ToByteArray() ?? [];
        return data.AsSpan().StartsWith(ExifHeader) ? data[ExifHeader.Length..] : data;
    }

    public static ReadOnlySpan<byte> ExifHeader => "Exif\0\0"u8;

    private static byte[] WithExifHeader(ReadOnlySpan<byte> block) =>
        block.StartsWith(ExifHeader) ? block.ToArray() : [.. ExifHeader, .. block];
}
