namespace FdiReview.Domain.Screening;

/// <summary>
/// Who holds what in whom after the transaction: the ownership edges, the target's other holders, and
/// the investor's own stake in the target (the transaction's <c>votingPercentAfter</c>, or another figure
/// when a rule looks at the position before).
/// </summary>
public sealed class OwnershipGraph
{
    public sealed record Holding(string Holder, string Entity, decimal VotingPercent, decimal? ProfitsPercent, bool GeneralPartner, bool? Controls)
    {
        /// <summary>800.220(b), 800.235: equity is the right to profits where known, else the voting interest.</summary>
        public decimal EquityPercent => ProfitsPercent ?? VotingPercent;
    }

    private readonly Dictionary<string, List<Holding>> _byHolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Holding>> _byEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Party> _parties = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Question, string Of, string In), object> _answers = new();

    public TransactionFacts Facts { get; }
    public string InvestorId { get; }
    public string TargetId { get; }

    public OwnershipGraph(TransactionFacts facts, decimal? investorStakeInTarget = null)
    {
        Facts = facts;
        InvestorId = facts.Investor ?? "";
        TargetId = facts.Target?.Id ?? "";
        foreach (var party in facts.Parties.Where(p => p.Id is not null)) _parties.TryAdd(party.Id!, party);

        var edges = new Dictionary<(string, string), Holding>();
        void Merge(Holding h)
        {
            var key = (h.Holder, h.Entity);
            edges[key] = edges.TryGetValue(key, out var existing)
                ? existing with
                {
                    VotingPercent = Math.Max(existing.VotingPercent, h.VotingPercent),
                    ProfitsPercent = existing.ProfitsPercent ?? h.ProfitsPercent,
                    GeneralPartner = existing.GeneralPartner || h.GeneralPartner,
                    Controls = existing.Controls ?? h.Controls,
                }
                : h;
        }

        foreach (var e in facts.Ownership.Where(e => e.Holder is not null && e.Entity is not null))
            Merge(new Holding(e.Holder!, e.Entity!, e.VotingPercent, e.ProfitsPercent, e.GeneralPartner, e.Controls));
        foreach (var o in facts.Target?.OtherHolders ?? [])
            if (o.Holder is not null && o.Holder != InvestorId)
                Merge(new Holding(o.Holder, TargetId, o.VotingPercent, null, false, null));

        // The transaction states the investor's stake: it replaces whatever an edge says, keeping the flags.
        var stake = investorStakeInTarget ?? facts.Transaction?.VotingPercentAfter ?? 0m;
        edges.TryGetValue((InvestorId, TargetId), out var declared);
        edges[(InvestorId, TargetId)] = new Holding(InvestorId, TargetId, stake,
            declared?.ProfitsPercent is { } p ? Math.Max(p, stake) : null, declared?.GeneralPartner ?? false, declared?.Controls);

        foreach (var h in edges.Values.Where(h => h.Holder != h.Entity))
        {
            (_byHolder.TryGetValue(h.Holder, out var a) ? a : _byHolder[h.Holder] = []).Add(h);
            (_byEntity.TryGetValue(h.Entity, out var b) ? b : _byEntity[h.Entity] = []).Add(h);
        }
    }

    public Party? PartyOf(string id) => _parties.GetValueOrDefault(id);
    public IEnumerable<Party> Parties => _parties.Values;
    public string NameOf(string id) => PartyOf(id)?.Name ?? (id == TargetId ? Facts.Target?.Name : null) ?? id;

    /// <summary>Every id that appears: parties, the target, and anyone named in an edge.</summary>
    public IEnumerable<string> Nodes =>
        _parties.Keys.Concat([TargetId]).Concat(_byHolder.Keys).Concat(_byEntity.Keys).Where(id => id.Length > 0).Distinct();

    public IReadOnlyList<Holding> HoldersOf(string entity) => _byEntity.GetValueOrDefault(entity) ?? [];
    public IReadOnlyList<Holding> HoldingsOf(string holder) => _byHolder.GetValueOrDefault(holder) ?? [];
    public Holding? HoldingIn(string holder, string entity) => HoldingsOf(holder).FirstOrDefault(h => h.Entity == entity);

    /// <summary>31 CFR 800.235 on the direct holding alone: ≥50% of the voting interest or of the profits, or the general partner.</summary>
    public bool IsDirectParent(string holder, string entity) =>
        HoldingIn(holder, entity) is { } h && (h.VotingPercent >= 50m || h.ProfitsPercent >= 50m || h.GeneralPartner);

    /// <summary>
    /// 31 CFR 800.235 as the contract reads it: a parent holds ≥50% of the votes or of the profits directly and
    /// indirectly together (30% directly and 25% through a wholly owned subsidiary make a parent), or is the general
    /// partner; the parent of a parent is a parent.
    /// </summary>
    public bool IsParent(string holder, string entity) =>
        holder != entity && (_deciding.TryGetValue(entity, out var sofar) ? sofar.Contains(holder) : ParentSet(entity).Contains(holder));

    /// <summary>31 CFR 800.235: parents, and the parents of parents, of an entity; sorted by id.</summary>
    public IReadOnlyList<string> ParentsOf(string entity) =>
        Remember("parents", entity, "", () => (IReadOnlyList<string>)ParentSet(entity).Order(StringComparer.Ordinal).ToList());

    /// <remarks>
    /// Decided from the entity's nearest holders upward: whether a holder is a parent depends on its interest, and
    /// that counts the holders below it that are parents as 100% — each of them already decided. A holder already
    /// known as a parent of a parent is one without working out its interest; the parents of a parent found by its own
    /// interest are taken in whole, so each entity costs its ancestors once.
    /// </remarks>
    private HashSet<string> ParentSet(string entity)
    {
        if (_parentSets.TryGetValue(entity, out var known)) return known;
        var found = new HashSet<string>(StringComparer.Ordinal);
        var throughParents = new HashSet<string>(StringComparer.Ordinal);
        _deciding[entity] = found;
        try
        {
            foreach (var holder in NearestFirst(entity))
            {
                if (throughParents.Contains(holder)) found.Add(holder);
                else if (ParentByInterest(holder, entity))
                {
                    found.Add(holder);
                    throughParents.UnionWith(ParentSet(holder));
                }
            }
        }
        finally
        {
            _deciding.Remove(entity);
        }
        _parentSets[entity] = found;
        return found;
    }

    private readonly Dictionary<string, HashSet<string>> _parentSets = new(StringComparer.Ordinal);

    /// <summary>The entities whose parents are being decided, with those decided so far.</summary>
    private readonly Dictionary<string, HashSet<string>> _deciding = new(StringComparer.Ordinal);

    /// <summary>Everyone with a chain of holdings down to the entity, each after every one it holds (on a chain to it).</summary>
    private List<string> NearestFirst(string entity)
    {
        var ancestors = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([entity]);
        while (pending.Count > 0)
            foreach (var h in HoldersOf(pending.Pop()))
                if (h.Holder != entity && ancestors.Add(h.Holder)) pending.Push(h.Holder);

        var order = new List<string>();
        var done = new HashSet<string>(StringComparer.Ordinal) { entity };
        foreach (var start in ancestors.Order(StringComparer.Ordinal))
        {
            // Depth-first down the holdings, a holder placed after everything below it (no recursion: chains may be long).
            var stack = new Stack<(string Id, bool Expanded)>([(start, false)]);
            while (stack.Count > 0)
            {
                var (id, expanded) = stack.Pop();
                if (expanded) { order.Add(id); continue; }
                if (!done.Add(id)) continue;
                stack.Push((id, true));
                foreach (var h in HoldingsOf(id))
                    if (ancestors.Contains(h.Entity) && !done.Contains(h.Entity)) stack.Push((h.Entity, false));
            }
        }
        return order;
    }

    private bool ParentByInterest(string holder, string entity) =>
        IsDirectParent(holder, entity)
        || IndirectInterest(holder, entity, Measure.Voting) >= 50m
        || IndirectInterest(holder, entity, Measure.Profits) >= 50m;

    private enum Measure { Voting, Profits }

    private static decimal Of(Holding h, Measure measure) => measure == Measure.Voting ? h.VotingPercent : h.EquityPercent;

    /// <summary>
    /// 31 CFR 800.244(c), as the contract reads it: the holder's own direct interest counts at its actual
    /// percentage; each intermediate entity that is a parent of the next one in the chain counts as 100%.
    /// Interests along different chains add up (never beyond 100%).
    /// </summary>
    public decimal IndirectVotingInterest(string holder, string entity) => IndirectInterest(holder, entity, Measure.Voting);

    private decimal IndirectInterest(string holder, string entity, Measure measure) =>
        Remember($"interest-{measure}", holder, entity, () => HeldThrough(HoldingsOf(holder).Select(h => (h.Entity, Of(h, measure))), entity, measure, null));

    /// <summary>A holder's interest, given its direct holdings, with the chains through <paramref name="blocked"/> left out.</summary>
    private decimal HeldThrough(IEnumerable<(string Entity, decimal Percent)> direct, string entity, Measure measure, BlockedSet? blocked)
    {
        var total = 0m;
        foreach (var (next, percent) in direct)
            total += next == entity ? percent : percent * Through(next, entity, measure, blocked, []);
        return Percent.Cap(total);
    }

    /// <summary>Parties whose holdings are counted elsewhere (a state's own governments), named for remembering.</summary>
    private sealed record BlockedSet(string Name, IReadOnlySet<string> Ids);

    /// <summary>
    /// The share of <paramref name="entity"/> that one unit of <paramref name="from"/> carries, over every chain: all of
    /// it where <paramref name="from"/> is a parent of the entity (800.244(c)). Each (from, entity) is worked out once and
    /// remembered, so a graph where chains fan out and meet again (two holders at each level holding both entities of
    /// the next) costs edges × levels, not 2^levels. The shape rules refuse cycles; on a cycle that reached the engine
    /// anyway, the looping chain counts nothing.
    /// </summary>
    private decimal Through(string from, string entity, Measure measure, BlockedSet? blocked, HashSet<string> visiting)
    {
        if (blocked?.Ids.Contains(from) == true || !visiting.Add(from)) return 0m;
        var share = Remember($"through-{measure}-{blocked?.Name}", from, entity, () =>
        {
            if (IsParent(from, entity)) return 1m;
            var sum = 0m;
            foreach (var h in HoldingsOf(from))
            {
                if (blocked?.Ids.Contains(h.Entity) == true) continue;
                var factor = IsDirectParent(from, h.Entity) ? 1m : Of(h, measure) / 100m;
                sum += h.Entity == entity ? factor : factor * Through(h.Entity, entity, measure, blocked, visiting);
            }
            return Math.Min(1m, sum);
        });
        visiting.Remove(from);
        return share;
    }

    /// <summary>
    /// 31 CFR 800.244(a): what the national and subnational governments of one foreign state hold in an entity,
    /// together. They are one holder: their direct holdings add up, and a block of shares one of them holds is
    /// counted once — not again for a government that holds that one (the chains into the state's own governments
    /// are left out). A government that is itself the entity holds all of itself.
    /// </summary>
    public decimal StateInterest(string state, string entity) => Remember("state", state, entity, () =>
    {
        var governments = Parties.Where(p => p is { Kind: PartyKind.ForeignGovernment, Id: not null } && p.ForeignGovernmentOf == state)
            .Select(p => p.Id!).ToHashSet(StringComparer.Ordinal);
        if (governments.Contains(entity)) return 100m;
        var direct = governments.SelectMany(HoldingsOf).Where(h => !governments.Contains(h.Entity))
            .GroupBy(h => h.Entity, StringComparer.Ordinal)
            .Select(g => (g.Key, Percent.Cap(g.Sum(h => h.VotingPercent))));
        return HeldThrough(direct, entity, Measure.Voting, new BlockedSet($"state:{state}", governments));
    });

    /// <summary>
    /// An answer about one party in this graph, worked out once: the tests that trace who holds whom up and down the
    /// chains ask the same question of the same party along every chain that reaches it.
    /// </summary>
    public T Remember<T>(string question, string of, string @in, Func<T> work) where T : notnull
    {
        if (_answers.TryGetValue((question, of, @in), out var known)) return (T)known;
        var answer = work();
        _answers[(question, of, @in)] = answer;
        return answer;
    }

    /// <summary>Control of one entity by one holder, for tracing who controls an investor (800.224(b)).</summary>
    public bool DirectlyControls(string holder, string entity) =>
        HoldingIn(holder, entity) is { } h && (h.Controls ?? (h.VotingPercent > 50m || h.GeneralPartner));
}
