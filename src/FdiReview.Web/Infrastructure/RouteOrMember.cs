using System.Reflection;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Model;
using Wolverine.Attributes;
using Wolverine.Configuration;

namespace FdiReview.Web.Infrastructure;

/// <summary>
/// A value named like the parameter: on the API the route argument (<c>…/{requestId}/…</c>), on a command the
/// console sends the command's member of that name, so one handler method serves both.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class RouteOrMemberAttribute : WolverineParameterAttribute
{
    public override Variable Modify(IChain chain, ParameterInfo parameter, IServiceContainer container, GenerationRules rules) =>
        chain.TryFindVariable(parameter.Name!, ValueSource.Anything, parameter.ParameterType, out var variable)
            ? variable
            : throw new InvalidOperationException($"{chain} has neither a route argument nor a member named {parameter.Name}.");
}
