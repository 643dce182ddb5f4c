using System.Text;

namespace Wbs.Tests.Evidence;

/// <summary>A minimal MP4 box tree as a phone writes it: recording times, a GPS location and device names in udta/meta, XMP in a uuid box.</summary>
public static class VideoSamples
{
    public const string Location = "+00.1234+117.4999/";
    public const string DeviceMaker = "PabrikPonsel";
    public const string DeviceModel = "PonselSaksi 9";
    public const string XmpCreator = "Budi Santoso XMP Video";
    public static readonly byte[] MediaData = Encoding.ASCII.GetBytes("DATA-VIDEO-TERKODE-YANG-TIDAK-BOLEH-BERUBAH");

    private static readonly byte[] XmpUuid = [0xBE, 0x7A, 0xCF, 0xCB, 0x97, 0xA9, 0x42, 0xE8, 0x9C, 0x71, 0x99, 0x94, 0x91, 0xE3, 0xAF, 0xAC];

    /// <summary>A video; with <paramref name="timedMetadataTrack"/> a second track carries timed metadata (handler 'meta').</summary>
    public static byte[] Mp4(bool timedMetadataTrack = false)
    {
        var recorded = new byte[] { 0xE3, 0x5A, 0x10, 0x00 };
        byte[] movieHeader = [0, 0, 0, 0, .. recorded, .. recorded, .. U32(1000), .. U32(2000), .. new byte[80]];
        byte[] trackHeader = [0, 0, 0, 0, .. recorded, .. recorded, .. U32(1), .. new byte[72]];
        byte[] mediaHeader = [0, 0, 0, 0, .. recorded, .. recorded, .. U32(1000), .. U32(2000), 0, 0, 0, 0];
        byte[] userData =
        [
            .. Box("\u00a9xyz", [.. U16(Location.Length), 0x15, 0xC7, .. Encoding.ASCII.GetBytes(Location)]),
            .. Box("\u00a9mak", [.. U16(DeviceMaker.Length), 0x15, 0xC7, .. Encoding.ASCII.GetBytes(DeviceMaker)]),
        ];
        byte[] meta = [0, 0, 0, 0, .. Box("hdlr", Handler("mdta")), .. Box("keys", Encoding.ASCII.GetBytes("com.apple.quicktime.model")), .. Box("ilst", Encoding.ASCII.GetBytes(DeviceModel))];
        var tracks = new List<byte>(Track(trackHeader, mediaHeader, "vide"));
        if (timedMetadataTrack)
        {
            tracks.AddRange(Track(trackHeader, mediaHeader, "meta"));
        }

        byte[] movie = [.. Box("mvhd", movieHeader), .. tracks, .. Box("udta", userData), .. Box("meta", meta)];
        return
        [
            .. Box("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isommp42"u8]),
            .. Box("moov", movie),
            .. Box("uuid", [.. XmpUuid, .. ImageSamples.XmpPacket(XmpCreator)]),
            .. Box("mdat", MediaData),
        ];
    }

    private static byte[] Track(byte[] trackHeader, byte[] mediaHeader, string handler) =>
        Box("trak", [.. Box("tkhd", trackHeader), .. Box("mdia", [.. Box("mdhd", mediaHeader), .. Box("hdlr", Handler(handler))])]);

    private static byte[] Handler(string type) => [0, 0, 0, 0, 0, 0, 0, 0, .. Encoding.ASCII.GetBytes(type), .. new byte[12], .. "Handler\0"u8];

    private static byte[] Box(string type, byte[] payload) => [.. U32(payload.Length + 8), .. Encoding.Latin1.GetBytes(type), .. payload];

    private static byte[] U32(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static byte[] U16(int value) => [(byte)(value >> 8), (byte)value];
}
