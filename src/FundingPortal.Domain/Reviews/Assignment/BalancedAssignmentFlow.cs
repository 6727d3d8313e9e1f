using System.Runtime.CompilerServices;

namespace FundingPortal.Domain.Reviews.Assignment;

/// <summary>
/// Successive shortest paths for the min-cost flow source → proposal → expert → sink, run on a graph
/// contracted to the experts. See <see cref="ExpertAssignmentSolver"/> for the model and its guarantees.
/// </summary>
internal sealed class BalancedAssignmentFlow
{
    private const long Unreachable = long.MaxValue / 4;
    private const int Source = -1;

    private readonly short[] _weight;
    private readonly int _expertCount;
    private readonly int _sink;
    private readonly long _loadWeight;
    private readonly int[] _openSlots;
    private readonly int[] _load;
    private readonly int[] _room;
    private readonly HandOverGraph _holdings;
    private readonly OpenProposalLists _openProposals;

    // Johnson potentials of the experts, then the sink; they keep every reduced cost non-negative.
    private readonly long[] _potential;

    private readonly long[] _distance;
    private readonly int[] _parent;
    private readonly int[] _via;
    private readonly int[] _frontier;
    private readonly List<(int Proposal, int Expert)> _path = [];

    public BalancedAssignmentFlow(AssignmentNetwork network)
    {
        _weight = network.Weight;
        _expertCount = network.ExpertCount;
        _sink = _expertCount;
        _openSlots = network.Proposals.Select(p => p.SlotsToFill).ToArray();
        _load = network.Experts.Select(e => e.CurrentLoad).ToArray();
        _room = network.Experts.Select(e => e.MaxLoad is { } max ? Math.Max(0, max - e.CurrentLoad) : int.MaxValue).ToArray();
        _loadWeight = LoadWeight(network, _openSlots);
        _holdings = new HandOverGraph(network);
        _openProposals = new OpenProposalLists(network);
        _potential = new long[_expertCount + 1];
        _distance = new long[_expertCount];
        _parent = new int[_expertCount];
        _via = new int[_expertCount];
        _frontier = new int[_expertCount];
    }

    public void Run()
    {
        InitialisePotentials();
        while (TryFindShortestPath(out var lastExpert))
        {
            TracePath(lastExpert);
            Augment();
            AugmentAlongTightDirectPaths();
        }
    }

    public int OpenSlots(int proposal) => _openSlots[proposal];

    public IEnumerable<(int Proposal, int Expert)> Assignments() => _holdings.Assignments();

    /// <summary>
    /// Larger than any achievable total overlap, so one unit of the load cost outweighs every gain in
    /// overlap: balance is optimised first, expertise match second.
    /// </summary>
    private static long LoadWeight(AssignmentNetwork network, int[] openSlots) =>
        openSlots.Sum(s => (long)s) * network.MaxWeight + 1;

    /// <summary>Marginal cost of the expert's next assignment; increasing in the load, hence convex.</summary>
    private long SinkCost(int expert) => _loadWeight * (_load[expert] + 1L);

    private void InitialisePotentials()
    {
        // Before any flow the graph is acyclic; these are valid potentials for it.
        var sinkPotential = Unreachable;
        for (var e = 0; e < _expertCount; e++)
        {
            var best = -1;
            for (var p = 0; p < _openSlots.Length; p++)
            {
                best = Math.Max(best, (int)_weight[p * _expertCount + e]);
            }

            _potential[e] = best >= 0 ? -best : 0;
            if (_room[e] > 0)
            {
                sinkPotential = Math.Min(sinkPotential, _potential[e] + SinkCost(e));
            }
        }

        _potential[_sink] = sinkPotential == Unreachable ? 0 : sinkPotential;
    }

    /// <summary>Dense Dijkstra on reduced costs over the experts; the sink wins distance ties so it stops early.</summary>
    private bool TryFindShortestPath(out int lastExpert)
    {
        var n = _expertCount;
        for (var e = 0; e < n; e++)
        {
            _frontier[e] = e;
            _parent[e] = Source;
            var proposal = _openProposals.FirstNotHeld(e, _holdings);
            _via[e] = proposal;
            _distance[e] = proposal < 0 ? Unreachable : -_weight[proposal * n + e] - _potential[e];
        }

        var sinkDistance = Unreachable;
        lastExpert = Source;
        var frontierCount = n;
        var closest = Closest(frontierCount, sinkDistance);
        while (true)
        {
            var closestDistance = closest < 0 ? sinkDistance : _distance[_frontier[closest]];
            if (closestDistance >= Unreachable)
            {
                return false;
            }

            if (closest < 0)
            {
                break;
            }

            var u = _frontier[closest];
            _frontier[closest] = _frontier[--frontierCount];
            var offset = closestDistance + _potential[u];
            if (_room[u] > 0 && offset + SinkCost(u) - _potential[_sink] < sinkDistance)
            {
                sinkDistance = offset + SinkCost(u) - _potential[_sink];
                lastExpert = u;
            }

            closest = RelaxAndFindClosest(u, offset, frontierCount, sinkDistance);
        }

        // Capping at the sink distance keeps reduced costs non-negative for nodes not settled yet.
        for (var e = 0; e < n; e++)
        {
            _potential[e] += Math.Min(_distance[e], sinkDistance);
        }

        _potential[_sink] += sinkDistance;
        return true;
    }

    /// <summary>Position in the frontier of the closest expert, or -1 when the sink is at least as close.</summary>
    private int Closest(int frontierCount, long sinkDistance)
    {
        var closest = -1;
        var closestDistance = sinkDistance;
        for (var i = 0; i < frontierCount; i++)
        {
            var v = _frontier[i];
            if (IsCloser(_distance[v], v, closestDistance, closest))
            {
                closestDistance = _distance[v];
                closest = i;
            }
        }

        return closest;
    }

    /// <summary>Relaxes the moves out of <paramref name="u"/> and, in the same pass, finds the next node to settle.</summary>
    // Optimised from its first call: the first assignment of a freshly started API runs it up to a million times, in
    // unoptimised code until tiering catches up (issue 22).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int RelaxAndFindClosest(int u, long offset, int frontierCount, long sinkDistance)
    {
        var costs = _holdings.MoveCostsFrom(u);
        var closest = -1;
        var closestDistance = sinkDistance;
        for (var i = 0; i < frontierCount; i++)
        {
            var v = _frontier[i];
            var distance = _distance[v];
            var cost = costs[v];
            if (cost != HandOverGraph.NoMove && offset + cost - _potential[v] < distance)
            {
                distance = offset + cost - _potential[v];
                _distance[v] = distance;
                _parent[v] = u;
                _via[v] = _holdings.MoveVia(u, v);
            }

            if (IsCloser(distance, v, closestDistance, closest))
            {
                closestDistance = distance;
                closest = i;
            }
        }

        return closest;
    }

    private bool IsCloser(long distance, int expert, long closestDistance, int closest) =>
        distance < closestDistance || (distance == closestDistance && closest >= 0 && expert < _frontier[closest]);

    /// <summary>
    /// After a shortest path, every other source → proposal → expert → sink path of zero reduced cost is
    /// also shortest: augmenting along those directly skips most Dijkstra runs and keeps the potentials valid.
    /// </summary>
    private void AugmentAlongTightDirectPaths()
    {
        for (var e = 0; e < _expertCount; e++)
        {
            if (_room[e] == 0 || SinkCost(e) + _potential[e] - _potential[_sink] != 0)
            {
                continue;
            }

            var proposal = _openProposals.FirstNotHeld(e, _holdings);
            if (proposal >= 0 && -_weight[proposal * _expertCount + e] - _potential[e] == 0)
            {
                _path.Clear();
                _path.Add((proposal, e));
                Augment();
            }
        }
    }

    /// <summary>
    /// Turns the expert path into steps "proposal moves to expert". It never visits a proposal twice: the
    /// hand-over from the proposal's first holder on the path is at least as short and is relaxed first, and
    /// Dijkstra only replaces a parent on a strict improvement.
    /// </summary>
    private void TracePath(int lastExpert)
    {
        _path.Clear();
        for (var e = lastExpert; e != Source; e = _parent[e])
        {
            _path.Add((_via[e], e));
        }

        _path.Reverse();
    }

    private void Augment()
    {
        var from = Source;
        foreach (var (proposal, expert) in _path)
        {
            if (from == Source)
            {
                if (--_openSlots[proposal] == 0)
                {
                    _openProposals.Close(proposal);
                }
            }
            else
            {
                _holdings.Release(proposal, from);
            }

            _holdings.Hold(proposal, expert);
            from = expert;
        }

        _load[from]++;
        _room[from]--;
    }
}
