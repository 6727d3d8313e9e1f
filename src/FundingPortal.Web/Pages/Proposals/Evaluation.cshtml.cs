using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Abstractions;
using static FundingPortal.Web.Formatting.RequestText;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Labelling;
using FundingPortal.Application.Labelling.DecideLabelling;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Reviews.Assignments;
using FundingPortal.Application.Reviews.Assignments.AssignExpert;
using FundingPortal.Application.Reviews.Assignments.ListExpertCandidates;
using FundingPortal.Application.Reviews.Assignments.ListMyAssignments;
using FundingPortal.Application.Reviews.Assignments.ListProposalAssignments;
using FundingPortal.Application.Reviews.Assignments.RemoveAssignment;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Application.Reviews.Evaluation.GetEvaluation;
using FundingPortal.Domain.Labelling;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>Experts assigned (managers), the aggregated evaluation (as the caller may see it) and the committee's decision.</summary>
public sealed class EvaluationModel(GetProposal getProposal, GetCall getCall, ICurrentUser user, ListProposalAssignments listAssignments,
    ListExpertCandidates listCandidates, ListMyAssignments listMine, GetEvaluation evaluation)
    : DossierPageModel(getProposal, getCall, user)
{
    private static readonly EvaluationTexts Texts = new();

    public override string Step => "evaluation";

    public IReadOnlyList<AssignmentDto> Assignments { get; private set; } = [];
    public IReadOnlyList<ExpertCandidateDto> Candidates { get; private set; } = [];
    public EvaluationDto? Evaluation { get; private set; }
    public Guid? MyAssignmentId { get; private set; }

    /// <summary>The expert chosen in the manual assignment form (its errors are reported under this name).</summary>
    public Guid? ExpertId { get; private set; }

    [BindProperty]
    public DecisionInput<LabellingOutcome> Decision { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAll(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAssignAsync(Guid id, Guid? expertId, [FromServices] AssignExpert assign, CancellationToken ct)
    {
        if (!IsManager)
        {
            return Forbid();
        }

        if (expertId is null)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(ExpertId), Texts["ChooseExpert"]);
            return await LoadAll(id, ct) ? Page() : NotFound();
        }

        var result = await assign.Handle(id, new AssignExpertRequest(expertId.Value), ct);
        return result.IsSuccess ? Done(Texts.Format("ExpertAssigned", Languages.Current, result.Value.ExpertDisplayName)) : await Failed(id, result.Error!, ct);
    }

    public async Task<IActionResult> OnPostUnassignAsync(Guid id, Guid assignmentId, [FromServices] RemoveAssignment remove, CancellationToken ct)
    {
        if (!IsManager)
        {
            return Forbid();
        }

        var result = await remove.Handle(id, assignmentId, ct);
        return result.IsSuccess ? Done(Texts["ExpertRemoved"]) : await Failed(id, result.Error!, ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, [FromServices] DecideLabelling decide, CancellationToken ct)
    {
        if (!IsManager)
        {
            return Forbid();
        }

        ModelState.Clear();
        Decision.Check(ModelState, Texts);

        if (!ModelState.IsValid || !Confirmed)
        {
            if (!await LoadAll(id, ct))
            {
                return NotFound();
            }

            return ModelState.IsValid ? AskToConfirm(Texts.Format("Confirm.Heading", Languages.Current, Labels.Outcome(Decision.Outcome!.Value), Dossier.Reference),
                Consequences(Decision.Outcome.Value), Texts.Format("Confirm.Button", Languages.Current, Labels.Outcome(Decision.Outcome.Value))) : Page();
        }

        var result = await decide.Handle(id, new LabellingDecisionRequest(Decision.Outcome, Decision.Motivation), ct);
        if (!result.IsSuccess)
        {
            ModelState.Clear();
            ModelState.AddError(result.Error!, ModelStateErrors.Into("Decision"));
            return await LoadAll(id, ct) ? Page() : NotFound();
        }

        return Done(result.Value.CertificateNumber is { } number
            ? Texts.Format("Labelled", Languages.Current, number)
            : Texts.Format("DecisionSaved", Languages.Current, Format.Quoted(Labels.Outcome(result.Value.Outcome))));
    }

    private List<string> Consequences(LabellingOutcome outcome)
    {
        var consequences = new List<string>
        {
            outcome == LabellingOutcome.Labelled
                ? Texts.Format("Confirm.Labelled", Languages.Current, Dossier.Reference)
                : Texts.Format("Confirm.Outcome", Languages.Current, Dossier.Reference, Labels.Outcome(outcome)),
            Texts.Format("Confirm.Told", Languages.Current, Decision.Motivation!.Trim()),
        };
        if (outcome == LabellingOutcome.Labelled)
        {
            consequences.Add(Texts["Confirm.ThenFunding"]);
        }

        return consequences;
    }

    private async Task<IActionResult> Failed(Guid id, Domain.Common.Error error, CancellationToken ct)
    {
        ModelState.Clear();
        ModelState.AddError(error);
        return await LoadAll(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAll(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return false;
        }

        if (IsManager)
        {
            var of = await listAssignments.Handle(id, ct);
            Assignments = of.IsSuccess ? of.Value : [];
            var candidates = await listCandidates.Handle(id, ct);
            Candidates = candidates.IsSuccess ? candidates.Value : [];
        }

        if (CurrentUser.ExpertId is not null)
        {
            var mine = await ListPages.All(page => listMine.Handle(page, ct));
            MyAssignmentId = mine.FirstOrDefault(a => a.ProposalId == id)?.Id;
        }

        var e = await evaluation.Handle(id, ct);
        Evaluation = e.IsSuccess ? e.Value : null;
        return true;
    }
}
