using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Abstractions;
using static FundingPortal.Web.Formatting.RequestText;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.CoFunding;
using FundingPortal.Application.CoFunding.GetFundingPlan;
using FundingPortal.Application.CoFunding.GetFundingStatus;
using FundingPortal.Application.CoFunding.RecordFundingDecision;
using FundingPortal.Application.CoFunding.RequestFunding;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Formatting;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>The requested aid plan, the funding requests sent to funders and each funder's decision.</summary>
public sealed class FundingModel(GetProposal getProposal, GetCall getCall, ICurrentUser user, GetFundingPlan plans, GetFundingStatus statuses)
    : DossierPageModel(getProposal, getCall, user)
{
    private static readonly FundingTexts Texts = new();

    public override string Step => "financement";

    public FundingPlanResponse? Plan { get; private set; }
    public FundingStatusResponse? Status { get; private set; }

    [BindProperty]
    public List<LineInput> Lines { get; set; } = [];

    public bool MayDecide(Guid funderId) => IsManager || CurrentUser.FunderId == funderId;

    /// <summary>The officer types every amount: nothing is pre-filled with the amount requested, so no single click grants it all.</summary>
    public string? TypedAmount(Guid funderId, int line) => PostedFunder == funderId && line < Lines.Count ? Lines[line].Amount : null;

    /// <summary>The funder whose decision form was posted: its typed values and errors are shown again, the other forms stay blank.</summary>
    public Guid? PostedFunder { get; private set; }

    [BindProperty]
    public FundingDecision? Decision { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAll(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRequestAsync(Guid id, [FromServices] RequestFunding request, CancellationToken ct)
    {
        if (!Confirmed)
        {
            if (!await LoadAll(id, ct))
            {
                return NotFound();
            }

            var asked = Plan?.Totals.Where(t => t.RequestedAid > 0).ToList() ?? [];
            var consequences = asked.Select(t => Texts.Format("Confirm.RequestOf", Languages.Current, t.FunderName, Format.Money(t.RequestedAid))).ToList();
            consequences.Add(Texts.Format("Confirm.RequestStatus", Languages.Current, Labels.Status(Domain.Proposals.ProposalStatus.FundingRequested)));
            return AskToConfirm(Texts.Format("Confirm.RequestHeading", Languages.Current, Dossier.Reference), consequences, Texts["Confirm.RequestButton"]);
        }

        var result = await request.Handle(id, ct);
        return result.IsSuccess ? Done(Texts["RequestsSent"]) : await Failed(id, result.Error!, ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid funderId, [FromServices] RecordFundingDecision record, CancellationToken ct)
    {
        if (!await LoadAll(id, ct))
        {
            return NotFound();
        }

        PostedFunder = funderId;
        var funder = Status?.Funders.FirstOrDefault(f => f.FunderId == funderId);
        if (funder is null)
        {
            return NotFound();
        }

        var lines = Decision == FundingDecision.Declined ? [] : ReadLines(funder);
        if (Decision is null)
        {
            ModelState.AddModelError(nameof(Decision), Texts.Format("DecisionRequired", Languages.Current, funder.FunderName));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!Confirmed)
        {
            return AskToConfirm(Texts.Format("Confirm.DecisionHeading", Languages.Current, funder.FunderName, Dossier.Reference), DecisionConsequences(funder, lines),
                Texts.Format("Confirm.DecisionButton", Languages.Current, funder.FunderName));
        }

        var result = await record.Handle(id, new FundingDecisionRequest(funderId, Decision, lines, Comment), ct);
        return result.IsSuccess
            ? Done(Texts.Format("DecisionSaved", Languages.Current, result.Value.FunderName, Format.Money(result.Value.GrantedAid)))
            : await Failed(id, result.Error!, ct);
    }

    /// <summary>Every line's amount, each wrong one reported on its field and naming its partner.</summary>
    private List<FundingDecisionLineRequest> ReadLines(FunderDecisionDto funder)
    {
        var lines = new List<FundingDecisionLineRequest>();
        for (var j = 0; j < Lines.Count; j++)
        {
            var line = Lines[j];
            var partner = funder.Lines.FirstOrDefault(l => l.OrganisationId == line.OrganisationId)?.Name ?? string.Empty;
            if (TypedNumber.TryParse(line.Amount, out var amount) && amount >= 0)
            {
                lines.Add(new FundingDecisionLineRequest(line.OrganisationId, amount, line.Instrument));
            }
            else
            {
                ModelState.AddModelError($"Lines[{j}].Amount", Texts.Format("AmountRequired", Languages.Current, partner));
            }
        }

        return lines;
    }

    private List<string> DecisionConsequences(FunderDecisionDto funder, List<FundingDecisionLineRequest> lines)
    {
        if (Decision == FundingDecision.Declined)
        {
            return [Texts.Format("Confirm.Declines", Languages.Current, funder.FunderName, Format.Money(funder.RequestedAid)), Texts["Confirm.Told"]];
        }

        var consequences = new List<string>
        {
            Texts.Format("Confirm.Grants", Languages.Current, funder.FunderName, Format.Money(lines.Sum(l => l.GrantedAmount ?? 0)), Format.Money(funder.RequestedAid)),
        };
        consequences.AddRange(lines.Select(l => Texts.Format("Confirm.GrantLine", Languages.Current,
            funder.Lines.FirstOrDefault(x => x.OrganisationId == l.OrganisationId)?.Name ?? string.Empty, Format.Money(l.GrantedAmount ?? 0),
            Format.Money(funder.Lines.FirstOrDefault(x => x.OrganisationId == l.OrganisationId)?.RequestedAid ?? 0), Labels.Instrument(l.Instrument))));
        consequences.Add(Texts["Confirm.Told"]);
        return consequences;
    }

    private async Task<IActionResult> Failed(Guid id, Domain.Common.Error error, CancellationToken ct)
    {
        ModelState.AddError(error);
        return await LoadAll(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAll(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return false;
        }

        var plan = await plans.Handle(id, ct);
        Plan = plan.IsSuccess ? plan.Value : null;
        var status = await statuses.Handle(id, ct);
        Status = status.IsSuccess ? status.Value : null;
        return true;
    }

    public sealed class LineInput
    {
        public Guid? OrganisationId { get; set; }
        public string? Amount { get; set; }
        public FundingInstrument? Instrument { get; set; }
    }
}
