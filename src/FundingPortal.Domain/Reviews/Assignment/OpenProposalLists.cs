using System.Runtime.CompilerServices;

namespace FundingPortal.Domain.Reviews.Assignment;

/// <summary>
/// For each expert, the proposals it may review that still have unfilled slots, best overlap first
/// (ties by index), as doubly linked lists so that a filled proposal leaves every list in O(experts).
/// </summary>
internal sealed class OpenProposalLists
{
    private const int None = -1;

    private readonly int _proposalCount;
    private readonly int _expertCount;
    private readonly int[] _proposalAt;
    private readonly int[] _rankOf;
    private readonly int[] _next;
    private readonly int[] _previous;
    private readonly int[] _head;

    public OpenProposalLists(AssignmentNetwork network)
    {
        _proposalCount = network.ProposalCount;
        _expertCount = network.ExpertCount;
        var size = _proposalCount * _expertCount;
        _proposalAt = new int[size];
        _rankOf = new int[size];
        _next = new int[size];
        _previous = new int[size];
        _head = new int[_expertCount];
        Array.Fill(_rankOf, None);
        var keys = new long[_proposalCount];
        for (var e = 0; e < _expertCount; e++)
        {
            BuildList(network, e, keys);
        }
    }

    /// <summary>The expert's best open proposal that it does not already hold, or -1.</summary>
    public int FirstNotHeld(int expert, HandOverGraph holdings)
    {
        var offset = expert * _proposalCount;
        for (var rank = _head[expert]; rank != None; rank = _next[offset + rank])
        {
            var proposal = _proposalAt[offset + rank];
            if (!holdings.IsHeld(proposal, expert))
            {
                return proposal;
            }
        }

        return None;
    }

    // Optimised from its first call: the first assignment of a freshly started API runs it up to a million times, in
    // unoptimised code until tiering catches up (issue 22).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Close(int proposal)
    {
        for (var e = 0; e < _expertCount; e++)
        {
            var offset = e * _proposalCount;
            var rank = _rankOf[offset + proposal];
            if (rank == None)
            {
                continue;
            }

            var previous = _previous[offset + rank];
            var next = _next[offset + rank];
            if (previous == None)
            {
                _head[e] = next;
            }
            else
            {
                _next[offset + previous] = next;
            }

            if (next != None)
            {
                _previous[offset + next] = previous;
            }

            _rankOf[offset + proposal] = None;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BuildList(AssignmentNetwork network, int expert, long[] keys)
    {
        var count = 0;
        for (var p = 0; p < _proposalCount; p++)
        {
            var weight = network.Weight[p * _expertCount + expert];
            if (weight != AssignmentNetwork.NotAssignable)
            {
                keys[count++] = (long)(short.MaxValue - weight) * _proposalCount + p;
            }
        }

        Array.Sort(keys, 0, count);
        var offset = expert * _proposalCount;
        for (var rank = 0; rank < count; rank++)
        {
            var proposal = (int)(keys[rank] % _proposalCount);
            _proposalAt[offset + rank] = proposal;
            _rankOf[offset + proposal] = rank;
            _previous[offset + rank] = rank - 1;
            _next[offset + rank] = rank + 1 < count ? rank + 1 : None;
        }

        _head[expert] = count > 0 ? 0 : None;
    }
}
