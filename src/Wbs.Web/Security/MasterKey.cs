namespace Wbs.Web.Security;

public sealed record MasterKey(string Id, byte[] Key, DateTime CreatedAt);
