using System.Runtime.CompilerServices;

namespace FundingPortal.Domain.Reviews.Assignment;

/// <summary>
/// The assignments made so far, and for every pair of experts the cheapest way for the first to hand one
/// of its proposals over to the second (cost = its overlap minus the receiver's). The hand-overs are kept
/// equal to that definition incrementally, in O(experts) per change instead of a full rebuild.
/// </summary>
internal sealed class HandOverGraph
{
    public const long NoMove = long.MaxValue / 4;
    private const int NoProposal = -1;

    private readonly short[] _weight;
    private readonly int _expertCount;
    private readonly bool[] _held;
    private readonly List<int>[] _proposalsOfExpert;
    private readonly List<int>[] _expertsOfProposal;
    private readonly long[] _moveCost;
    private readonly int[] _moveVia;

    public HandOverGraph(AssignmentNetwork network)
    {
        _weight = network.Weight;
        _expertCount = network.ExpertCount;
        _held = new bool[network.ProposalCount * _expertCount];
        _proposalsOfExpert = Enumerable.Range(0, _expertCount).Select(_ => new List<int>()).ToArray();
        _expertsOfProposal = Enumerable.Range(0, network.ProposalCount).Select(_ => new List<int>(2)).ToArray();
        _moveCost = new long[_expertCount * _expertCount];
        _moveVia = new int[_expertCount * _expertCount];
        Array.Fill(_moveCost, NoMove);
        Array.Fill(_moveVia, NoProposal);
    }

    public bool IsHeld(int proposal, int expert) => _held[proposal * _expertCount + expert];

    public ReadOnlySpan<long> MoveCostsFrom(int from) => _moveCost.AsSpan(from * _expertCount, _expertCount);

    public int MoveVia(int from, int to) => _moveVia[from * _expertCount + to];

    public IEnumerable<(int Proposal, int Expert)> Assignments()
    {
        for (var p = 0; p < _expertsOfProposal.Length; p++)
        {
            foreach (var e in _expertsOfProposal[p].Order())
            {
                yield return (p, e);
            }
        }
    }

    public void Hold(int proposal, int expert)
    {
        if (IsHeld(proposal, expert))
        {
            throw new InvalidOperationException($"Proposal {proposal} is already held by expert {expert}.");
        }

        _held[proposal * _expertCount + expert] = true;
        _proposalsOfExpert[expert].Add(proposal);
        AddMovesOf(proposal, expert);
        foreach (var coHolder in _expertsOfProposal[proposal])
        {
            if (MoveVia(coHolder, expert) == proposal)
            {
                RecomputeMove(coHolder, expert);
            }
        }

        _expertsOfProposal[proposal].Add(expert);
    }

    public void Release(int proposal, int expert)
    {
        _held[proposal * _expertCount + expert] = false;
        _proposalsOfExpert[expert].Remove(proposal);
        _expertsOfProposal[proposal].Remove(expert);
        for (var to = 0; to < _expertCount; to++)
        {
            if (MoveVia(expert, to) == proposal)
            {
                RecomputeMove(expert, to);
            }
        }

        foreach (var coHolder in _expertsOfProposal[proposal])
        {
            OfferMove(coHolder, expert, proposal);
        }
    }

    private void AddMovesOf(int proposal, int from)
    {
        for (var to = 0; to < _expertCount; to++)
        {
            if (CanReceive(proposal, to))
            {
                OfferMove(from, to, proposal);
            }
        }
    }

    private void RecomputeMove(int from, int to)
    {
        _moveCost[from * _expertCount + to] = NoMove;
        _moveVia[from * _expertCount + to] = NoProposal;
        foreach (var proposal in _proposalsOfExpert[from])
        {
            if (CanReceive(proposal, to))
            {
                OfferMove(from, to, proposal);
            }
        }
    }

    private bool CanReceive(int proposal, int expert) =>
        _weight[proposal * _expertCount + expert] != AssignmentNetwork.NotAssignable && !IsHeld(proposal, expert);

    /// <summary>Keeps the cheaper move, the lower proposal index on ties, so the result never depends on history.</summary>
    // Optimised from its first call: the first assignment of a freshly started API runs it up to a million times, in
    // unoptimised code until tiering catches up (issue 22).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OfferMove(int from, int to, int proposal)
    {
        var index = from * _expertCount + to;
        var offset = proposal * _expertCount;
        long cost = _weight[offset + from] - _weight[offset + to];
        if (cost < _moveCost[index] || (cost == _moveCost[index] && proposal < _moveVia[index]))
        {
            _moveCost[index] = cost;
            _moveVia[index] = proposal;
        }
    }
}
