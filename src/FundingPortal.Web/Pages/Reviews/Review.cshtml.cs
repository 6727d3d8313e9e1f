using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Common;
using FundingPortal.Application.Reviews.Assignments;
using FundingPortal.Application.Reviews.Assignments.GetMyAssignment;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Application.Reviews.Evaluation.GetEvaluation;
using FundingPortal.Application.Reviews.Reviewing;
using FundingPortal.Application.Reviews.Reviewing.GetReview;
using FundingPortal.Application.Reviews.Reviewing.SaveReviewDraft;
using FundingPortal.Application.Reviews.Reviewing.SubmitReview;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Reviews;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Formatting;
using FundingPortal.Web.Pages.Shared;
using static FundingPortal.Web.Formatting.RequestText;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Reviews;

/// <summary>The scoring form of one assignment: a note and a comment per criterion, an overall opinion, a recommendation.</summary>
[Authorize(Roles = Roles.Expert)]
public sealed class ReviewModel(GetMyAssignment getAssignment, GetReview getReview, SaveReviewDraft saveDraft, SubmitReview submitReview, GetCall getCall,
    GetEvaluation evaluation) : PageModel
{
    private static readonly ReviewTexts Texts = new();

    public MyAssignmentDto? Assignment { get; private set; }
    public EvaluationGrid? Grid { get; private set; }
    public ReviewDto? Review { get; private set; }
    public EvaluationDto? Evaluation { get; private set; }
    public bool ShowMissing { get; private set; }

    [BindProperty]
    public Dictionary<string, string?> Scores { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string?> Comments { get; set; } = [];

    [BindProperty]
    public string? OverallComment { get; set; }

    [BindProperty]
    public Recommendation? Recommendation { get; set; }

    /// <summary>Set by the confirmation step of sending.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    public ConfirmStep? Confirm { get; private set; }

    public decimal? ScoreOf(string key) => TypedNumber.TryParse(Scores.GetValueOrDefault(key), out var s) ? s : null;

    public string? CommentOf(string key) => Comments.GetValueOrDefault(key);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        Scores = Review!.Scores.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Comments = Review.Comments.ToDictionary(p => p.Key, p => (string?)p.Value);
        OverallComment = Review.OverallComment;
        Recommendation = Review.Recommendation;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? action, CancellationToken ct)
    {
        var request = new ReviewRequest(
            Scores.ToDictionary(p => p.Key, p => TypedNumber.TryParse(p.Value, out var s) ? s : (decimal?)null),
            Comments.ToDictionary(p => p.Key, p => string.IsNullOrWhiteSpace(p.Value) ? null : p.Value.Trim()),
            OverallComment, Recommendation);
        var saved = await saveDraft.Handle(id, request, ct);
        if (saved.IsSuccess && action == "submit" && !Confirmed)
        {
            if (!await Load(id, ct))
            {
                return NotFound();
            }

            // A complete draft waits for the expert's confirmation; an incomplete one goes on to the refusal that names what is missing.
            if (Review!.Missing.Count == 0)
            {
                Confirm = SendingConsequences();
                return Page();
            }
        }

        var result = saved.IsSuccess && action == "submit" ? await submitReview.Handle(id, ct) : saved;
        if (!result.IsSuccess)
        {
            ModelState.Clear();
            if (!await Load(id, ct))
            {
                return NotFound();
            }

            ShowMissing = true;
            ModelState.AddModelError(string.Empty, ErrorMessages.Summary(result.Error!, Languages.Current));
            // An incomplete review names what is missing: say it with the criteria's own labels.
            foreach (var field in result.Error!.FieldErrors?.Keys ?? [])
            {
                var criterion = Grid!.Criteria.FirstOrDefault(c => field == $"scores.{c.Key}");
                ModelState.AddModelError(string.Empty, criterion is not null ? Texts.Format("MissingScore", Languages.Current, criterion.Label) : field == "recommendation" ? Texts["ChooseRecommendation"] : ErrorMessages.Field(field, string.Empty, Languages.Current));
            }

            return Page();
        }

        TempData["Flash"] = action == "submit" ? Texts["SentThanks"] : Texts["DraftSaved"];
        return RedirectToPage(new { id });
    }

    private ConfirmStep SendingConsequences()
    {
        var language = Languages.Current;
        var weights = Grid!.Criteria.Sum(c => c.Weight);
        var mean = weights == 0 ? 0 : Grid.Criteria.Sum(c => (ScoreOf(c.Key) ?? 0) * c.Weight) / weights;
        return new ConfirmStep(
            Texts.Format("Confirm.Heading", language, Assignment!.Acronym),
            [
                Texts.Format("Confirm.Scores", language, Format.Score(mean), Format.Score(Grid.ScaleMax), Labels.Recommendation(Recommendation!.Value)),
                Texts["Confirm.Counts"],
                Texts["Confirm.DraftKept"],
            ],
            Texts["Confirm.Button"], Request.Path, ConfirmStep.SameAction(Request), ConfirmStep.Repost(Request.Form));
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var mine = await getAssignment.Handle(id, ct);
        var review = await getReview.Handle(id, ct);
        if (!mine.IsSuccess || !review.IsSuccess)
        {
            return false;
        }

        Assignment = mine.Value;
        Review = review.Value;
        var call = await getCall.Handle(Assignment.CallId, ct);
        Grid = call.IsSuccess ? call.Value.EvaluationGrid : EvaluationGrid.Default;
        if (Assignment.Status == AssignmentStatus.Submitted)
        {
            var e = await evaluation.Handle(Assignment.ProposalId, ct);
            Evaluation = e.IsSuccess ? e.Value : null;
        }

        return true;
    }
}
