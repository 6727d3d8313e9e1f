namespace FundingPortal.Domain.UnitTests.Reviews.Assignment;

/// <summary>
/// A textbook residual graph, deliberately naive: Edmonds–Karp for max flow and Bellman–Ford successive
/// shortest paths for min-cost flow. It is the independent oracle the solver is checked against.
/// </summary>
public sealed class FlowGraph(int nodeCount)
{
    private readonly List<int>[] _outgoing = Enumerable.Range(0, nodeCount).Select(_ => new List<int>()).ToArray();
    private readonly List<(int To, long Capacity, long Cost)> _edges = [];
    private readonly List<long> _flow = [];

    public int AddEdge(int from, int to, long capacity, long cost = 0)
    {
        _outgoing[from].Add(_edges.Count);
        _edges.Add((to, capacity, cost));
        _flow.Add(0);
        _outgoing[to].Add(_edges.Count);
        _edges.Add((from, 0, -cost));
        _flow.Add(0);
        return _edges.Count - 2;
    }

    public long FlowOn(int edge) => _flow[edge];

    public long MaxFlow(int source, int sink)
    {
        long total = 0;
        while (TryFindPath(source, sink, useCosts: false, out var parentEdge))
        {
            total += Augment(source, sink, parentEdge);
        }

        return total;
    }

    public (long Flow, long Cost) MinCostMaxFlow(int source, int sink)
    {
        long total = 0;
        long cost = 0;
        while (TryFindPath(source, sink, useCosts: true, out var parentEdge))
        {
            var pushed = Augment(source, sink, parentEdge);
            total += pushed;
            for (var v = sink; v != source; v = _edges[parentEdge[v] ^ 1].To)
            {
                cost += pushed * _edges[parentEdge[v]].Cost;
            }
        }

        return (total, cost);
    }

    private long Residual(int edge) => _edges[edge].Capacity - _flow[edge];

    private bool TryFindPath(int source, int sink, bool useCosts, out int[] parentEdge)
    {
        var distance = Enumerable.Repeat(long.MaxValue, _outgoing.Length).ToArray();
        parentEdge = Enumerable.Repeat(-1, _outgoing.Length).ToArray();
        distance[source] = 0;
        var queue = new Queue<int>([source]);
        var queued = new bool[_outgoing.Length];
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            queued[u] = false;
            foreach (var edge in _outgoing[u])
            {
                var (to, _, cost) = _edges[edge];
                var candidate = distance[u] + (useCosts ? cost : 1);
                if (Residual(edge) > 0 && candidate < distance[to])
                {
                    distance[to] = candidate;
                    parentEdge[to] = edge;
                    if (!queued[to])
                    {
                        queued[to] = true;
                        queue.Enqueue(to);
                    }
                }
            }
        }

        return distance[sink] != long.MaxValue;
    }

    private long Augment(int source, int sink, int[] parentEdge)
    {
        var pushed = long.MaxValue;
        for (var v = sink; v != source; v = _edges[parentEdge[v] ^ 1].To)
        {
            pushed = Math.Min(pushed, Residual(parentEdge[v]));
        }

        for (var v = sink; v != source; v = _edges[parentEdge[v] ^ 1].To)
        {
            _flow[parentEdge[v]] += pushed;
            _flow[parentEdge[v] ^ 1] -= pushed;
        }

        return pushed;
    }
}
