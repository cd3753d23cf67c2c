namespace FdiReview.Domain;

/// <summary>A decision the domain refuses to take, with the reason a person can act on.</summary>
public sealed class DomainRefusal(string reason) : Exception(reason);
