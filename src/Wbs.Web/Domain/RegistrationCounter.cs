namespace Wbs.Web.Domain;

/// <summary>The last number handed out for a prefix (ADU, GRT) and year.</summary>
public class RegistrationCounter
{
    public required string Prefix { get; set; }
    public int Year { get; set; }
    public int LastValue { get; set; }
}
