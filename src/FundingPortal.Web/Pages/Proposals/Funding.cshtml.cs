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

    public string TypedAmount(int line, decimal requested) =>
        line < Lines.Count && Lines[line].Amount is { } typed ? typed : TypedNumber.ForInput(requested);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAll(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRequestAsync(Guid id, [FromServices] RequestFunding request, CancellationToken ct)
    {
        var result = await request.Handle(id, ct);
        return result.IsSuccess ? Done(Texts["RequestsSent"]) : await Failed(id, result.Error!, ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid funderId, FundingDecision? decision, string? comment,
        [FromServices] RecordFundingDecision record, CancellationToken ct)
    {
        var lines = new List<FundingDecisionLineRequest>();
        foreach (var line in Lines)
        {
            if (decision == FundingDecision.Declined)
            {
                break;
            }

            if (!TypedNumber.TryParse(line.Amount, out var amount))
            {
                ModelState.AddModelError(string.Empty, Texts.Format("NotAnAmount", Languages.Current, Format.Quoted(line.Amount ?? string.Empty)));
                return await LoadAll(id, ct) ? Page() : NotFound();
            }

            lines.Add(new FundingDecisionLineRequest(line.OrganisationId, amount, line.Instrument));
        }

        var result = await record.Handle(id, new FundingDecisionRequest(funderId, decision, lines, comment), ct);
        return result.IsSuccess
            ? Done(Texts.Format("DecisionSaved", Languages.Current, result.Value.FunderName, Format.Money(result.Value.GrantedAid)))
            : await Failed(id, result.Error!, ct);
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
