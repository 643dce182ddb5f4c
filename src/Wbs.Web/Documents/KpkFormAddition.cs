namespace Wbs.Web.Documents;

/// <summary>One completion the reporter sent, with when it was sent.</summary>
public sealed record KpkFormAddition(string SentAt, string Text);
