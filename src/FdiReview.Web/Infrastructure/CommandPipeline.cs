using FdiReview.Domain;
using FdiReview.Domain.Priority;
using FdiReview.Web.Identity;
using FdiReview.Web.Mitigation;
using FdiReview.Web.Queue;
using FdiReview.Web.Review;
using Wolverine;
using Wolverine.Configuration;
using Wolverine.Http;

namespace FdiReview.Web.Infrastructure;

/// <summary>
/// The steps every command runs through before its pure decision, the same on the API and for the console:
/// who acts, which version it was decided on, and the investor's record the priority needs (each use case's
/// <c>Before</c> then checks that the record exists for this user at that version). Each applies where a handler asks for what it provides.
/// </summary>
public static class CommandPipeline
{
    public static void Apply(WolverineOptions opts)
    {
        opts.Policies.AddMiddleware(typeof(ActingUser.FromEnvelope), chain => Takes<Actor>(chain));
        opts.Policies.AddMiddleware(typeof(DecidedOn.FromCommand), chain => Is<ICaseCommand>(chain) || Is<IAgreementCommand>(chain));
        opts.Policies.AddMiddleware(typeof(AgreementCase.ForMessage), chain => Takes<AgreementCase>(chain) && Is<IAgreementCommand>(chain));
        opts.Policies.AddMiddleware(typeof(InvestorRecord.ForMessage), chain => Takes<InvestorHistory>(chain) && Is<ICaseMessage>(chain));
    }

    public static void Apply(WolverineHttpOptions opts)
    {
        opts.AddMiddleware(typeof(ActingUser.FromPrincipal), chain => Takes<Actor>(chain));
        opts.AddMiddleware(typeof(DecidedOn.FromHeader), chain => Is<ICaseCommand>(chain) || Is<IAgreementCommand>(chain));
        opts.AddMiddleware(typeof(AgreementCase.ForRoute), chain => Takes<AgreementCase>(chain) && Is<IAgreementCommand>(chain));
        opts.AddMiddleware(typeof(InvestorRecord.ForRoute), chain => Takes<InvestorHistory>(chain) && Is<ICaseMessage>(chain));
    }

    private static bool Takes<T>(IChain chain) =>
        chain.HandlerCalls().Any(call => call.Method.GetParameters().Any(p => p.ParameterType == typeof(T)));

    private static bool Is<T>(IChain chain) => chain.InputType() is { } input && typeof(T).IsAssignableFrom(input);
}
