using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Wbs.Web.Domain;

namespace Wbs.Web.Infrastructure;

/// <summary>Lays the saved row over the configuration file's agency and deadline settings.</summary>
public sealed class SavedSettingsOptions(AgencySettingsStore store)
    : IConfigureOptions<AgencyOptions>, IConfigureOptions<DeadlineOptions>,
      IOptionsChangeTokenSource<AgencyOptions>, IOptionsChangeTokenSource<DeadlineOptions>
{
    public string Name => Options.DefaultName;

    public void Configure(AgencyOptions options)
    {
        if (store.Current is not { } saved)
        {
            return;
        }

        options.Name = saved.Name;
        options.ShortName = saved.ShortName;
        options.Region = saved.Region;
        options.City = saved.City;
        options.Address = saved.Address;
        options.ContactLines = [.. saved.ContactLineList];
        options.TimeZone = saved.TimeZone;
        options.TimeZoneLabel = saved.TimeZoneLabel;
    }

    public void Configure(DeadlineOptions options)
    {
        if (store.Current is not { } saved)
        {
            return;
        }

        options.VerificationWorkingDays = saved.VerificationWorkingDays;
        options.CompletionWorkingDays = saved.CompletionWorkingDays;
        options.FollowUpWorkingDays = saved.FollowUpWorkingDays;
        options.GratificationForwardingWorkingDays = saved.GratificationForwardingWorkingDays;
    }

    public IChangeToken GetChangeToken() => store.ChangeToken;
}
