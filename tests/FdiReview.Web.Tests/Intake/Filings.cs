namespace FdiReview.Web.Tests.Intake;

/// <summary>Request bodies for <c>POST /api/notifications</c>, written as investors' systems send them.</summary>
public static class Filings
{
    public static object Valid(string target = "Corporation B") => new
    {
        facts = new
        {
            regime = "firrma",
            parties = new[] { new { id = "A", name = "Corporation A", kind = "corporation", nationality = "CN" } },
            investor = "A",
            target = new { id = "B", name = target, country = "US", usBusiness = true, tid = new { criticalTechnologies = true } },
            transaction = new { votingPercentAfter = 13, rights = new { boardObserver = true } },
        },
    };
}
