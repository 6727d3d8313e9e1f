using FundingPortal.Application.Abstractions;

namespace FundingPortal.Application.Proposals;

/// <summary>Extra dossiers a non-manager may list (an expert's assignments, a funder officer's requests).</summary>
public interface IProposalListFilter
{
    IQueryable<Guid> VisibleTo(ICurrentUser user);

    /// <summary>Among dossiers the caller reaches only through other relations, those this relation hides from them.</summary>
    Task<IReadOnlySet<Guid>> HiddenAmong(ICurrentUser user, IReadOnlyCollection<Guid> proposalIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlySet<Guid>>(new HashSet<Guid>());
}
