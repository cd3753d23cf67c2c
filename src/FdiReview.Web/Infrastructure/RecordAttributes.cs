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
/// </summary>
public abstract class RecordAttribute(string commandMember) : WriteAggregateAttribute
{
    public override Variable Modify(IChain chain, ParameterInfo parameter, IServiceContainer container, GenerationRules rules) =>
        new WriteAggregateAttribute(chain is HttpChain ? "id" : commandMember) { AlwaysEnforceConsistency = AlwaysEnforceConsistency }
            .Modify(chain, parameter, container, rules);
}

/// <summary>The notification, for writing: <c>{id}</c> or <c>NotificationId</c>.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class CaseAttribute() : RecordAttribute("notificationId");

/// <summary>The mitigation agreement, for writing: <c>{id}</c> or <c>AgreementId</c>.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class AgreementAttribute() : RecordAttribute("agreementId");
