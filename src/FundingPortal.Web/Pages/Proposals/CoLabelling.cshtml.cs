using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Clusters;
using FundingPortal.Application.Clusters.AskCoLabelling;
using FundingPortal.Application.Clusters.DecideCoLabelling;
using FundingPortal.Application.Clusters.GetCoLabelling;
using FundingPortal.Application.Clusters.ListClusters;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Domain.Clusters;
using FundingPortal.Domain.Proposals;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Pages.Clusters;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>
/// The dossier's co-labelling: the lead chooses the partner clusters to ask before submission; once submitted, everyone who
/// reads the dossier sees each asked cluster's decision, and a manager of an asked cluster records theirs (confirmed first).
/// </summary>
public sealed class CoLabellingModel(GetProposal getProposal, GetCall getCall, ICurrentUser user, GetCoLabelling getCoLabelling, ListClusters listClusters,
    ManagerScope scope) : DossierPageModel(getProposal, getCall, user)
{
    private static readonly CoLabellingTexts Texts = new();
    private static readonly ProposalStatus[] BeforeSubmission = [ProposalStatus.Draft, ProposalStatus.PreProposalSubmitted, ProposalStatus.InvitedToFullProposal];

    public override string Step => "colabellisation";

    public IReadOnlyList<CoLabellingEntry> Asked { get; private set; } = [];

    /// <summary>The clusters the lead may ask: every cluster but the call's own.</summary>
    public IReadOnlyList<ClusterResponse> Partners { get; private set; } = [];

    /// <summary>The boxes ticked: what was posted, else what is saved.</summary>
    public HashSet<Guid> Ticked { get; private set; } = [];

    /// <summary>For a manager of an asked cluster: their cluster's request (decided or not).</summary>
    public CoLabellingEntry? Mine { get; private set; }

    public bool MayChoose => IsLead && BeforeSubmission.Contains(Dossier.Status);

    public bool MayDecide => IsCoLabellingManager && Mine is { Outcome: null };

    [BindProperty]
    public DecisionInput<CoLabellingOutcome> Decision { get; set; } = new();

    public static string OutcomeText(CoLabellingOutcome? outcome) => Texts[outcome switch
    {
        CoLabellingOutcome.Labelled => "Labelled",
        CoLabellingOutcome.NotLabelled => "NotLabelled",
        _ => "ToDecide",
    }];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAll(id, null, ct) ? Page() : NotFound();

    /// <summary>The partner clusters ticked in the lead's form.</summary>
    [BindProperty]
    public List<Guid> ClusterIds { get; set; } = [];

    public async Task<IActionResult> OnPostAskAsync(Guid id, [FromServices] AskCoLabelling ask, CancellationToken ct)
    {
        var result = await ask.Handle(id, new CoLabellingChoice(ClusterIds), ct);
        if (result.IsSuccess)
        {
            return Done(Texts["Saved"]);
        }

        if (result.Error!.Kind == Domain.Common.ErrorKind.NotFound)
        {
            return NotFound();
        }

        ModelState.Clear();
        ModelState.AddError(result.Error!, field => field == "clusterIds" ? nameof(ClusterIds) : null);
        return await LoadAll(id, ClusterIds, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, [FromServices] DecideCoLabelling decide, CancellationToken ct)
    {
        ModelState.Clear();
        Decision.Check(ModelState, Texts);

        if (!ModelState.IsValid || !Confirmed)
        {
            if (!await LoadAll(id, null, ct) || Mine is null)
            {
                return NotFound();
            }

            return ModelState.IsValid ? AskToConfirmDecision(Decision.Outcome!.Value, Mine) : Page();
        }

        var cluster = await scope.ClusterAsync(ct);
        var result = await decide.Handle(id, new CoLabellingDecisionRequest(cluster, Decision.Outcome, Decision.Motivation), ct);
        if (result.IsSuccess)
        {
            return Done(Texts["Decided"]);
        }

        if (result.Error!.Kind == Domain.Common.ErrorKind.NotFound)
        {
            return NotFound();
        }

        ModelState.Clear();
        ModelState.AddError(result.Error!, ModelStateErrors.Into("Decision"));
        return await LoadAll(id, null, ct) ? Page() : NotFound();
    }

    private IActionResult AskToConfirmDecision(CoLabellingOutcome outcome, CoLabellingEntry mine)
    {
        var language = Languages.Current;
        var consequences = new List<string> { Texts.Format("Confirm.Told", language, Decision.Motivation!.Trim()) };
        if (outcome == CoLabellingOutcome.Labelled)
        {
            consequences.Add(Texts.Format("Confirm.Certificate", language, mine.ShortName));
        }

        return AskToConfirm(Texts.Format("Confirm.Heading", language, OutcomeText(outcome), Dossier.Reference, mine.ShortName), consequences,
            Texts.Format("Confirm.Button", language, OutcomeText(outcome)), Texts.Format("Confirm.Final", language, mine.ShortName));
    }

    private async Task<bool> LoadAll(Guid id, IEnumerable<Guid>? posted, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return false;
        }

        var asked = await getCoLabelling.Handle(id, ct);
        Asked = asked.IsSuccess ? asked.Value.Clusters : [];
        Ticked = [.. posted ?? Asked.Select(a => a.ClusterId)];
        if (MayChoose && Call is { } call)
        {
            Partners = (await listClusters.Handle(ct)).Where(c => c.Id != call.ClusterId).ToList();
        }

        if (IsCoLabellingManager && await scope.ClusterAsync(ct) is { } mine)
        {
            Mine = Asked.FirstOrDefault(a => a.ClusterId == mine);
        }

        return true;
    }
}
