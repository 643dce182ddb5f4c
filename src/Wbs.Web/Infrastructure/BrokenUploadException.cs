namespace Wbs.Web.Infrastructure;

/// <summary>A form body that cannot be read as sent; the message names, in Indonesian, what is wrong with it.</summary>
public sealed class BrokenUploadException(string message, int statusCode = StatusCodes.Status400BadRequest, Exception? inner = null)
    : Exception(message, inner)
{
    public int StatusCode { get; } = statusCode;
}
