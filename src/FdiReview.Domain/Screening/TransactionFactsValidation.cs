using System.Text.RegularExpressions;

namespace FdiReview.Domain.Screening;

/// <summary>
/// The one set of shape rules for transaction facts, shared by the API, the portal form and the CLI.
/// Errors are keyed by the JSON path of the field (camelCase), as RFC 9457 validation problems name them.
/// </summary>
public static partial class TransactionFactsValidation
{
    public static IReadOnlyDictionary<string, string[]> Validate(TransactionFacts? facts)
    {
        var errors = new Errors();
        if (facts is null)
        {
            errors.Add("$", W("invalid.body"));
            return errors.ToDictionary();
        }

        if (TooLarge(facts) is { } tooLarge) return tooLarge;

        if (facts.Regime is null) errors.Add("regime", W("invalid.regime"));

        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (facts.Parties.Count == 0) errors.Add("parties", W("invalid.no-parties"));
        for (var i = 0; i < facts.Parties.Count; i++)
        {
            var party = facts.Parties[i];
            var path = $"parties[{i}]";
            if (party is null) { errors.Add(path, W("invalid.party-object")); continue; }
            if (string.IsNullOrWhiteSpace(party.Id)) errors.Add($"{path}.id", W("invalid.required"));
            else if (!ids.Add(party.Id)) errors.Add($"{path}.id", W("invalid.party-id-twice", party.Id));
            if (string.IsNullOrWhiteSpace(party.Name)) errors.Add($"{path}.name", W("invalid.required"));
            if (party.Kind is null) errors.Add($"{path}.kind", W("invalid.required"));
            CountryCode(errors, $"{path}.nationality", party.Nationality, required: true);
            CountryCode(errors, $"{path}.principalPlaceOfBusiness", party.PrincipalPlaceOfBusiness, required: false);
            if (party.Kind == PartyKind.ForeignGovernment)
                CountryCode(errors, $"{path}.foreignGovernmentOf", party.ForeignGovernmentOf, required: true);
            CorporateNumber(errors, $"{path}.corporateNumber", party.CorporateNumber);
            JapaneseName(errors, $"{path}.japaneseName", party.JapaneseName);
        }

        var target = facts.Target;
        if (target is null) errors.Add("target", W("invalid.required"));
        else
        {
            if (string.IsNullOrWhiteSpace(target.Id)) errors.Add("target.id", W("invalid.required"));
            if (string.IsNullOrWhiteSpace(target.Name)) errors.Add("target.name", W("invalid.required"));
            CountryCode(errors, "target.country", target.Country, required: true);
            CorporateNumber(errors, "target.corporateNumber", target.CorporateNumber);
            JapaneseName(errors, "target.japaneseName", target.JapaneseName);
            if (target.SecuritiesCode is { } code && !JapaneseIdentifiers.IsSecuritiesCode(code))
                errors.Add("target.securitiesCode", W("invalid.securities-code", code));
            if (target.Id is not null) ids.Add(target.Id);
        }

        if (string.IsNullOrWhiteSpace(facts.Investor)) errors.Add("investor", W("invalid.investor-required"));
        else if (facts.Parties.All(p => p?.Id != facts.Investor))
            errors.Add("investor", W("invalid.investor-unknown", facts.Investor));

        for (var i = 0; i < facts.Ownership.Count; i++)
        {
            var edge = facts.Ownership[i];
            var path = $"ownership[{i}]";
            if (edge is null) { errors.Add(path, W("invalid.edge-object")); continue; }
            KnownId(errors, ids, $"{path}.holder", edge.Holder);
            KnownId(errors, ids, $"{path}.entity", edge.Entity);
            Percent(errors, $"{path}.votingPercent", edge.VotingPercent);
            if (edge.ProfitsPercent is { } profits) Percent(errors, $"{path}.profitsPercent", profits);
        }

        if (target is not null)
            for (var i = 0; i < target.OtherHolders.Count; i++)
            {
                var holder = target.OtherHolders[i];
                KnownId(errors, ids, $"target.otherHolders[{i}].holder", holder?.Holder);
                if (holder is not null) Percent(errors, $"target.otherHolders[{i}].votingPercent", holder.VotingPercent);
            }

        if (facts.Transaction is { } tx)
        {
            Percent(errors, "transaction.votingPercentBefore", tx.VotingPercentBefore);
            Percent(errors, "transaction.votingPercentAfter", tx.VotingPercentAfter);
            for (var i = 0; i < tx.ActingInConcertWith.Count; i++)
                KnownId(errors, ids, $"transaction.actingInConcertWith[{i}]", tx.ActingInConcertWith[i]);
            Board(errors, "transaction.rights", tx.Rights);
            if (tx.RightsBefore is not null) Board(errors, "transaction.rightsBefore", tx.RightsBefore);
        }

        if (errors.Count == 0) Chains(errors, facts);
        return errors.ToDictionary();
    }

    /// <summary>A graph beyond the documented limits is refused before anything else is read of it.</summary>
    private static IReadOnlyDictionary<string, string[]>? TooLarge(TransactionFacts facts)
    {
        var errors = new Errors();
        if (facts.Parties.Count > ScreeningLimits.MaxParties)
            errors.Add("parties", W("invalid.too-many-parties", N(ScreeningLimits.MaxParties), N(facts.Parties.Count)));
        if (facts.Ownership.Count > ScreeningLimits.MaxOwnershipEdges)
            errors.Add("ownership", W("invalid.too-many-edges", N(ScreeningLimits.MaxOwnershipEdges), N(facts.Ownership.Count)));
        if (facts.Target?.OtherHolders.Count > ScreeningLimits.MaxParties)
            errors.Add("target.otherHolders", W("invalid.too-many-holders", N(ScreeningLimits.MaxParties)));
        return errors.Count > 0 ? errors.ToDictionary() : null;
    }

    /// <summary>
    /// Ownership runs one way: an edge that closes a cycle is refused (cross-holdings are stated as the direct
    /// stakes they are, without the loop), and no chain may be deeper than <see cref="ScreeningLimits.MaxChainDepth"/>.
    /// </summary>
    private static void Chains(Errors errors, TransactionFacts facts)
    {
        var edges = new List<(string Holder, string Entity, string Path)>();
        for (var i = 0; i < facts.Ownership.Count; i++)
            if (facts.Ownership[i] is { Holder: { } h, Entity: { } e } && h != e) edges.Add((h, e, $"ownership[{i}]"));
        for (var i = 0; i < (facts.Target?.OtherHolders.Count ?? 0); i++)
            if (facts.Target!.OtherHolders[i] is { Holder: { } h } && h != facts.Target.Id) edges.Add((h, facts.Target.Id!, $"target.otherHolders[{i}]"));
        if (facts.Investor is { } investor && facts.Target?.Id is { } target && investor != target)
            edges.Add((investor, target, "transaction.votingPercentAfter"));

        var outgoing = edges.GroupBy(e => e.Holder, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        // Depth first, without recursion (a hostile chain must not exhaust the stack): 0 unseen, 1 on the path, 2 done.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var depth = new Dictionary<string, int>(StringComparer.Ordinal); // the longest chain below a node, in edges
        foreach (var start in edges.Select(e => e.Holder).Distinct())
        {
            if (state.GetValueOrDefault(start) == 2) continue;
            var path = new Stack<(string Node, int Next)>();
            path.Push((start, 0));
            state[start] = 1;
            while (path.Count > 0)
            {
                var (node, next) = path.Pop();
                var children = outgoing.GetValueOrDefault(node) ?? [];
                if (next < children.Count)
                {
                    path.Push((node, next + 1));
                    var edge = children[next];
                    switch (state.GetValueOrDefault(edge.Entity))
                    {
                        case 1:
                            var cycle = path.Select(p => p.Node).Reverse().SkipWhile(n => n != edge.Entity).Append(edge.Entity);
                            errors.Add(edge.Path, W("invalid.cycle", string.Join(" → ", cycle)));
                            return;
                        case 0:
                            state[edge.Entity] = 1;
                            path.Push((edge.Entity, 0));
                            break;
                    }
                    continue;
                }
                state[node] = 2;
                var below = children.Count == 0 ? 0 : children.Max(c => depth.GetValueOrDefault(c.Entity)) + 1;
                depth[node] = below;
                if (below > ScreeningLimits.MaxChainDepth)
                {
                    errors.Add("ownership", W("invalid.too-deep", ScreeningLimits.MaxChainDepth, node, below));
                    return;
                }
            }
        }
    }

    private static void Board(Errors errors, string path, Rights? rights)
    {
        if (rights is null) return;
        if (rights.BoardSeats < 0) errors.Add($"{path}.boardSeats", W("invalid.negative"));
        if (rights.BoardSize is { } size)
        {
            if (size < 1) errors.Add($"{path}.boardSize", W("invalid.board-size"));
            else if (rights.BoardSeats > size) errors.Add($"{path}.boardSeats", W("invalid.seats-exceed", rights.BoardSeats, size));
        }
    }

    private static void KnownId(Errors errors, HashSet<string> ids, string path, string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) errors.Add(path, W("invalid.required"));
        else if (!ids.Contains(id)) errors.Add(path, W("invalid.unknown-id", id));
    }

    private static void Percent(Errors errors, string path, decimal value)
    {
        if (value is < 0 or > 100) errors.Add(path, W("invalid.percent"));
    }

    private static void CountryCode(Errors errors, string path, string? code, bool required)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            if (required) errors.Add(path, W("invalid.country-required"));
        }
        else if (!CountryCodePattern().IsMatch(code))
            errors.Add(path, W("invalid.country", code));
    }

    /// <summary>Optional; when given, thirteen digits whose first is the check digit of the other twelve.</summary>
    private static void CorporateNumber(Errors errors, string path, string? number)
    {
        if (number is null) return;
        if (!JapaneseIdentifiers.CorporateNumberShape().IsMatch(number))
            errors.Add(path, W("invalid.corporate-number"));
        else if (!JapaneseIdentifiers.IsCorporateNumber(number))
            errors.Add(path, W("invalid.check-digit", number));
    }

    private static void JapaneseName(Errors errors, string path, string? name)
    {
        if (name is not null && (name.Trim().Length == 0 || name.Length > ScreeningLimits.MaxJapaneseNameLength))
            errors.Add(path, W("invalid.japanese-name", ScreeningLimits.MaxJapaneseNameLength));
    }

    /// <summary>A message in the reader's language (<c>refusals.tsv</c>): the API's problem details and the wizard's fields.</summary>
    private static string W(string key, params object[] values) => Glossary.Word(key, values);

    private static string N(int count) => count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCodePattern();

    private sealed class Errors
    {
        private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);
        public int Count => _byField.Count;
        public void Add(string field, string message)
        {
            if (!_byField.TryGetValue(field, out var list)) _byField[field] = list = [];
            list.Add(message);
        }
        public IReadOnlyDictionary<string, string[]> ToDictionary() =>
            _byField.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
