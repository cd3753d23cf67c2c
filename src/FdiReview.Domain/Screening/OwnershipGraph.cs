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

    /// <summary>31 CFR 800.235: ≥50% of the voting interest or of the profits, or the general partner.</summary>
    public bool IsDirectParent(string holder, string entity) =>
        HoldingIn(holder, entity) is { } h && (h.VotingPercent >= 50m || h.ProfitsPercent >= 50m || h.GeneralPartner);

    /// <summary>31 CFR 800.235: parents, and the parents of parents, of an entity; sorted by id.</summary>
    public IReadOnlyList<string> ParentsOf(string entity)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([entity]);
        while (pending.Count > 0)
            foreach (var h in HoldersOf(pending.Pop()))
                if (h.Holder != entity && IsDirectParent(h.Holder, h.Entity) && found.Add(h.Holder))
                    pending.Push(h.Holder);
        return found.ToList();
    }

    /// <summary>
    /// 31 CFR 800.244(c), as the contract reads it: the holder's own direct interest counts at its actual
    /// percentage; each intermediate entity that is a parent of the next one in the chain counts as 100%.
    /// Interests along different chains add up (never beyond 100%).
    /// </summary>
    public decimal IndirectVotingInterest(string holder, string entity)
    {
        var total = 0m;
        var visiting = new HashSet<string>(StringComparer.Ordinal) { holder };
        foreach (var h in HoldingsOf(holder))
            total += h.Entity == entity
                ? h.VotingPercent
                : h.VotingPercent * Through(h.Entity, entity, visiting);
        return Percent.Cap(total);
    }

    /// <summary>
    /// The share of <paramref name="entity"/> that one unit of <paramref name="from"/> carries, over every chain. Each
    /// (from, entity) is worked out once and remembered, so a graph where chains fan out and meet again (two holders
    /// at each level holding both entities of the next) costs edges × levels, not 2^levels. The shape rules refuse
    /// cycles; on a cycle that reached the engine anyway, the looping chain counts nothing.
    /// </summary>
    private decimal Through(string from, string entity, HashSet<string> visiting)
    {
        if (!visiting.Add(from)) return 0m;
        var share = Remember("through", from, entity, () =>
        {
            var sum = 0m;
            foreach (var h in HoldingsOf(from))
            {
                var factor = IsDirectParent(from, h.Entity) ? 1m : h.VotingPercent / 100m;
                sum += h.Entity == entity ? factor : factor * Through(h.Entity, entity, visiting);
            }
            return Math.Min(1m, sum);
        });
        visiting.Remove(from);
        return share;
    }

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
