namespace Wbs.Web.Evidence;

/// <summary>A file that could not be cleaned; the reason is Indonesian and shown to the reporter.</summary>
public sealed class EvidenceCleaningException : Exception
{
    public EvidenceCleaningException()
    {
    }

    public EvidenceCleaningException(string message) : base(message)
    {
    }

    public EvidenceCleaningException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
