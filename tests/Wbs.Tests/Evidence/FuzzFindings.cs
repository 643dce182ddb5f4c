namespace Wbs.Tests.Evidence;

/// <summary>Inputs the fuzzer found (bench/fuzz/findings), kept as regression cases of the upload.</summary>
public static class FuzzFindings
{
    /// <summary>Every finding: its file name under bench/fuzz/findings, the cleaner kind it was found with, its bytes.</summary>
    public static IReadOnlyList<(string Name, string Kind, Func<byte[]> Build)> All { get; } =
    [
        ("pdf-hang-1.pdf", "pdf", SpinningPdf),
        ("pdf-hang-2.pdf", "pdf", FarOffsetPdf),
    ];

    /// <summary>
    /// 1,148 bytes of mutated active-content PDF on which the PDF cleaner used to spin for more than 30 s of CPU: the
    /// trailer's /ID opens a hexadecimal string that is never closed, and PDFsharp's lexer never leaves it at the end.
    /// </summary>
    public static byte[] SpinningPdf() => Convert.FromBase64String(
        "JVBERi0xLjcKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgL09wZW5BY3Rpb24gNCAwIFIgL0FBIDw8IC9XQyA0IDAgUiA+PiAvTmFtZXMgPDwgL0phdmFTY3JpcHQgPDwgL05hbWVzIFsoYSkgNCAwIFJdID4+IC9FbWJlZGRlZEZpbGVzIDw8IC9OYW1lcyBbKGZvdG8uanBnKSA1IDAgUl0gPj4gPj4gPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCAyMDAgMjAwXSAvQW5ub3RzIFs3IDAgUiA4IDAgUl0gL0FBIDw8IC9PIDQgMCBSID4+ID4+CmVuZG9iago0IDAgb2JqCjw8IC9UeXBlIC9BY3Rpb24gL1MgL0phdmFTY3JpcHQgL0pTIChhcHAuYWxlcnQoJ0hPU1RJTEUtUEFZTE9BRCcpKSA+PgplbmRvYmoKNSAwIG9iago8PCAvVHlwZSAvRmlsZXNwZWMgL0YgKGZvdG8uanBnKSAvRUYgPDwgL0YgNiAwIFIgPj4gPj4KZW5kb2JqCjYgMCBvYmoKPDwgL1R5cGUgL0VtYmVkZGVkRmlsZSAvTGVuZ3RoIDM2ID4+CnN0cmVhbQpGb3RvIGFzbGkgZGVuZ2FuIEdQUyBIT1NUSUxFLVBBWUxPQUQKZW5kc3RyZWFtCmVuZG9iago3IDAgb2JqCjw8IC9UeXBlIC9Bbm5vdCAvU3VidHlwZSAvVGV4dCAvUmVjdCBbMTAgMTAgNTAgNTBdIC9UIChQZW55dXN1cCBSYWhhc2lhKSAvQ29udGVudHMgKGNhdGF0YW4pIC9NIChEOjIwMjYxMTIwMGFtZXMgKSA+PgplbmRvYmoKOCAwIG9iago8PCAvVHlwZSAvQW5ub3QgL1N1YnR5cGUgL0ZpbGVBdHRhY2htZW50IC9SZWN0IFs2MCA2MCA5MCA5MF0gL0ZTIDUgMCBSID4+CmVuZG9iagp4cmVmCjAgOQowMDAwMDAwMDAwIDY1NTM1IGYgCjAwMDAwMDAwMDkgMDAwMDAgbiAKMDAwMDAwMDE5MyAwMDAwMCBuIAowMDAwMDAwMjUwIDAwMDAwIG4gCjAwMDAwMDAzNjIgMDAwMDAgbiAKMDAwMDAwMDQ0NyAwMDAwMCBuIAowMDAwMDAwNTE3IDAwMDAwIG4gCjAwMDAwMDA2MjMgMDAwMDAgbiAKMDAwMDAwMDc1NiAwMDAwMCBuIAp0cmFpbGVyCjw8IC9TaXplIDkgL1Jvb3QgMSAwIFIgL0lEIFs8MDEyMzQ1Njc4OUFCQ0RFRjAxMjM0NTY3ODlBQkNERUZERUYwMTIzNFR5cGUgL0ZpbGVzcGV9IC9Gc3RhcnR4cmVmCjg0NQolJUVPRgo=");

    /// <summary>
    /// 339 bytes found after the read budget: a /Prev loop whose table has an entry 3 GB past the end; PDFsharp sized a
    /// 1.3 GB diagnostic buffer from that offset on every turn. Seeking past the end now stops it.
    /// </summary>
    public static byte[] FarOffsetPdf() => Convert.FromBase64String(
        "JVBERi0xLjcKMSAwIG9iago8PCAvVHlwZSAvQ2F0YYRvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCAyMDAgMjAwXSA+PgplbmQAAAB/eHJlZgowIDQKMDAwMDAwMDAwMCA2NTUzNSBmIAowMDAwMDAwMDA5IDAwMDAwIG4JCjMwMDAwMDAwNTggMDAwMDAgbiAKMDAwMDAwMDExNSAwMDAwMCBuIAp0cmFpbGVyCjw8IC9TaXplIDQgL1Jvb3QgMSAwIFIgL1ByZXYgMTg2ID4+CnN0YXJ0eHJlZgoxODYKJSVFT0YK");
}
