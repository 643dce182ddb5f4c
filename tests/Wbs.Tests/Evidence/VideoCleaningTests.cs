using System.Text;
using MetadataExtractor;
using MetadataExtractor.Formats.QuickTime;
using Wbs.Web.Evidence;

namespace Wbs.Tests.Evidence;

/// <summary>MP4 metadata boxes are blanked in place; the video data and every offset into it stay as they were.</summary>
public class VideoCleaningTests
{
    [Fact]
    public void Mp4_WithLocationDeviceXmpAndTimes_LosesThemAndKeepsTheVideoData()
    {
        var original = VideoSamples.Mp4();
        Assert.Contains(Tags(original), t => t.Name == "GPS Location" && t.Description == VideoSamples.Location);
        Assert.Contains(Tags(original), t => t.DirectoryName == "XMP");
        Assert.Contains(Tags(original), t => t.Name == "Created" && t.Description!.Contains("2024", StringComparison.Ordinal));

        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Mp4, original);

        Assert.Equal(original.Length, cleaned.Content.Length);
        var text = Encoding.Latin1.GetString(cleaned.Content);
        foreach (var secret in new[] { VideoSamples.Location, VideoSamples.DeviceMaker, VideoSamples.DeviceModel, VideoSamples.XmpCreator })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        var mediaAt = original.Length - VideoSamples.MediaData.Length;
        Assert.Equal(VideoSamples.MediaData, cleaned.Content[mediaAt..]);
        var after = Tags(cleaned.Content);
        Assert.DoesNotContain(after, t => t.Name == "GPS Location" || t.DirectoryName == "XMP");
        Assert.All(after.Where(t => t.Name is "Created" or "Modified"), t => Assert.Contains("1904", t.Description, StringComparison.Ordinal));
        Assert.Equal(FileTypeSniffer.Mp4, FileTypeSniffer.Detect(new MemoryStream(cleaned.Content)));
        Assert.Equal(
            [MetadataNames.VideoTimes, MetadataNames.VideoUserData, MetadataNames.VideoMeta, "XMP"],
            cleaned.RemovedMetadata);
    }

    [Fact]
    public void Mp4_WithATimedMetadataTrack_TellsTheReporterItWasNotRemoved()
    {
        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Mp4, VideoSamples.Mp4(timedMetadataTrack: true));

        Assert.Equal(MetadataNames.VideoTrackNotRemoved, cleaned.RemovedMetadata[^1]);
        Assert.StartsWith("TIDAK dapat dihapus", cleaned.RemovedMetadata[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Mp4_WithABoxRunningPastTheEnd_IsRefusedWithAReason()
    {
        var original = VideoSamples.Mp4();

        var refused = Assert.Throws<EvidenceCleaningException>(() => EvidenceCleaner.Clean(FileTypeSniffer.Mp4, original[..^10]));

        Assert.StartsWith("video MP4 ini rusak", refused.Message, StringComparison.Ordinal);
    }

    private static List<Tag> Tags(byte[] content)
    {
        using var stream = new MemoryStream(content);
        var tags = QuickTimeMetadataReader.ReadMetadata(stream).SelectMany(d => d.Tags).ToList();
        return tags;
    }
}
