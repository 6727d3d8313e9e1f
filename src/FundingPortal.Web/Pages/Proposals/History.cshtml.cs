using FundingPortal.Application.Abstractions;
using static FundingPortal.Web.Formatting.RequestText;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.GetProposalHistory;
using FundingPortal.Application.Proposals.VerifyProposalHistory;
using FundingPortal.Domain.Proposals;
using FundingPortal.Web.Formatting;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

public sealed class HistoryModel(GetProposal getProposal, GetCall getCall, ICurrentUser user, IUserDirectory users, GetProposalHistory getHistory,
    VerifyProposalHistory verifyHistory) : DossierPageModel(getProposal, getCall, user)
{
    public override string Step => "historique";

    public IReadOnlyList<HistoryEntry> Entries { get; private set; } = [];
    public ChainVerification? Verification { get; private set; }
    public Dictionary<Guid, string> Actors { get; } = [];

    private static readonly HistoryTexts Texts = new();

    /// <summary>The recorded action's name in the page's language; an action without one shows its code.</summary>
    public static string Action(string action) => Texts.Contains(action) ? Texts[action] : action;

    public static string Transition(string? from, string? to)
    {
        static string Name(string? s) => Enum.TryParse<ProposalStatus>(s, out var status) ? Labels.Status(status) : s ?? "—";
        return from is null || from == to ? Name(to) : $"{Name(from)} → {Name(to)}";
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        var history = await getHistory.Handle(id, ct);
        Entries = history.IsSuccess ? history.Value : [];
        var verification = await verifyHistory.Handle(id, ct);
        Verification = verification.IsSuccess ? verification.Value : null;
        foreach (var actor in Entries.Select(e => e.ActorUserId).OfType<Guid>().Distinct())
        {
            if (await users.FindByIdAsync(actor, ct) is { } found)
            {
                Actors[actor] = found.Email;
            }
        }

        return Page();
    }
}
