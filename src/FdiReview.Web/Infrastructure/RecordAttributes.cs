using System.Reflection;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Model;
using Wolverine.Configuration;
using Wolverine.Http;
using Wolverine.Marten;

namespace FdiReview.Web.Infrastructure;

/// <summary>
/// Wolverine's aggregate workflow on the record a command decides on, found by the route's <c>{id}</c> on the
/// API (the paths clients know) and by the command's own id member when the console sends it.
/// A record that does not exist is a 404 on the API; on a command sent through the bus it is thrown, never a
/// silent stop that would answer the sender with nothing.
/// </summary>
public abstract class RecordAttribute(string commandMember, string missing) : WriteAggregateAttribute
{
    public override Variable Modify(IChain chain, ParameterInfo parameter, IServiceContainer container, GenerationRules rules) =>
        (chain is HttpChain
            ? new WriteAggregateAttribute("id") { AlwaysEnforceConsistency = AlwaysEnforceConsistency }
            : new WriteAggregateAttribute(commandMember)
            {
                AlwaysEnforceConsistency = AlwaysEnforceConsistency, Required = true, OnMissing = Wolverine.Persistence.OnMissing.ThrowException, MissingMessage = missing,
            })
        .Modify(chain, parameter, container, rules);
}

/// <summary>The notification, for writing: <c>{id}</c> or <c>NotificationId</c>.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class CaseAttribute() : RecordAttribute("notificationId", "No such notification.");

/// <summary>The mitigation agreement, for writing: <c>{id}</c> or <c>AgreementId</c>.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class AgreementAttribute() : RecordAttribute("agreementId", "No such agreement.");
