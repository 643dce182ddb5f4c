using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Staf;

/// <summary>The app for back-office tests: many sign-ins and registrations from one test address are expected here.</summary>
public sealed class BackOfficeFactory : WbsFactory
{
    public BackOfficeFactory()
    {
        Settings["Wbs:RateLimits:LoginPerAddressPerMinute"] = "10000";
        Settings["Wbs:RateLimits:RegistrationPerAddressPer10Minutes"] = "10000";
    }
}
