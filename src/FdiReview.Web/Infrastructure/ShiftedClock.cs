using Marten;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FdiReview.Web.Infrastructure;

/// <summary>
/// A clock that stands at a chosen moment when the app starts and runs on in real time from there. The crash
/// harness starts the app months in the past, so every statutory period a case starts is already over in real time
/// and its durable deadline fires while the app is being killed. Development only: in production the clock is the
/// system's.
/// </summary>
public sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}

public static class ShiftedClockSetup
{

    /// <summary><c>FdiReview:ClockStartsAt</c> (an ISO 8601 moment): one clock for the commands and the events' timestamps.</summary>
    public static void AddShiftedClock(this WebApplicationBuilder builder)
    {
        if (builder.Configuration["FdiReview:ClockStartsAt"] is not { Length: > 0 } setting) return;
        if (!builder.Environment.IsDevelopment())
            throw new InvalidOperationException("FdiReview:ClockStartsAt is for drills in Development; in production the clock is the system's.");
        if (builder.Configuration.GetValue<bool>("FdiReview:SeedDemoData"))
            throw new InvalidOperationException("FdiReview:ClockStartsAt and FdiReview:SeedDemoData each set the clock; use one.");
        if (!DateTimeOffset.TryParse(setting, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var startsAt))
            throw new InvalidOperationException($"FdiReview:ClockStartsAt is not a moment: '{setting}'.");
        var clock = new ShiftedClock(startsAt - TimeProvider.System.GetUtcNow());
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        builder.Services.ConfigureMarten(options => options.Events.TimeProvider = clock);
    }
}
