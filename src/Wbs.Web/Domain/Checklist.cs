namespace Wbs.Web.Domain;

/// <summary>Which of the six 5W+1H elements the verifier found in the report.</summary>
[Flags]
public enum Checklist
{
    None = 0,
    What = 1,
    Who = 2,
    Where = 4,
    When = 8,
    Why = 16,
    How = 32,
}
