namespace FundingPortal.Application.Common.Paging;

/// <summary>
/// Seals a keyset position into an opaque cursor and opens it again. A cursor is bound to its list and signed with a
/// server key, so a cursor edited by hand or taken from another list is refused (400 invalid_cursor), never run.
/// </summary>
public interface IPageCursors
{
    Task<string> Seal(string list, IReadOnlyList<string> position, CancellationToken ct);

    /// <summary>The position sealed in <paramref name="cursor"/>, or null when it is not a cursor of that list.</summary>
    Task<IReadOnlyList<string>?> Open(string list, string cursor, CancellationToken ct);
}
