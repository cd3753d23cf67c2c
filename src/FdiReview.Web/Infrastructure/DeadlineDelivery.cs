using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.Core;
using Marten.Exceptions;
using Wolverine.Configuration;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace FdiReview.Web.Infrastructure;

/// <summary>A statutory or contractual deadline, delivered as a durable scheduled message when it falls due.</summary>
public interface IDeadline;

/// <summary>
/// A deadline must fire. Its handler is never dead-lettered for racing an officer's command or for the database being
/// away (a restart, a failover): it tries again in memory, then rescheduled, until it succeeds. Other failures — a bug —
/// still go to the dead-letter queue, where an operator sees them.
/// </summary>
public sealed class DeadlineDelivery : IHandlerPolicy
{
    public void Apply(IReadOnlyList<HandlerChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(c => c.MessageType.IsAssignableTo(typeof(IDeadline))))
        {
            chain.OnException<ConcurrencyException>().RetryWithCooldown(50.Milliseconds(), 100.Milliseconds(), 250.Milliseconds())
                .Then.ScheduleRetryIndefinitely(1.Seconds(), 5.Seconds(), 30.Seconds());
            chain.OnException(DatabaseOutage.Is, "PostgreSQL unreachable")
                .RetryWithCooldown(250.Milliseconds(), 500.Milliseconds(), 1.Seconds(), 2.Seconds(), 5.Seconds(), 10.Seconds(), 30.Seconds())
                .Then.ScheduleRetryIndefinitely(1.Minutes());
        }
    }
}
