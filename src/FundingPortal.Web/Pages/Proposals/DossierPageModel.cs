using System.Globalization;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Common;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Domain.Proposals;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>What every step of a dossier shows: the dossier as the caller may see it, its call, and who the caller is to it.</summary>
[Authorize]
public abstract class DossierPageModel(GetProposal getProposal, GetCall getCall, ICurrentUser user) : PageModel
{
    public ProposalResponse Dossier { get; private set; } = null!;
    public CallResponse? Call { get; private set; }
    protected ICurrentUser CurrentUser { get; } = user;

    /// <summary>The version the form was rendered from, sent back so a concurrent change is detected (If-Match).</summary>
    [BindProperty]
    public int? Version { get; set; }

    public abstract string Step { get; }

    /// <summary>Set by the confirmation step of an irreversible action (<see cref="ConfirmStep"/>).</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>The irreversible action waiting for its confirmation, shown at the top of the step.</summary>
    public ConfirmStep? Confirm { get; private set; }

    /// <summary>A manager of the call's own cluster. Before the dossier is loaded, any manager (the use cases then check the cluster).</summary>
    public bool IsManager => CurrentUser.IsInRole(Roles.ClusterManager) && !IsCoLabellingManager;

    /// <summary>
    /// A manager of a partner cluster the consortium asked to co-label the dossier (ADR 0029): they read it, never change it.
    /// The call is not theirs, so they do not see it (<see cref="GetCall"/> answers 404 for another cluster's call).
    /// </summary>
    public bool IsCoLabellingManager => _loaded && Call is null && CurrentUser.IsInRole(Roles.ClusterManager);

    private bool _loaded;
    public bool IsLead => CurrentUser.OrganisationId == Dossier.LeadOrganisationId;
    public bool IsConsortium => CurrentUser.OrganisationId is { } o && Dossier.Partners.Any(p => p.OrganisationId == o);
    /// <summary>The consortium and managers see every step and the "why can't I submit?" panel; experts and funder officers read what concerns them.</summary>
    public bool IsInsider => IsManager || IsConsortium;

    public bool IsFunderOfficer => !IsInsider && CurrentUser.IsInRole(Roles.FunderOfficer);

    /// <summary>Where "back to the list" leads: the viewer's own work (an expert's assignments, a funder's requests), not a list of dossiers they do not have.</summary>
    public string BackToList => IsCoLabellingManager ? "/co-labellisation" : IsInsider ? "/dossiers" : IsFunderOfficer ? "/financeur/demandes" : CurrentUser.ExpertId is not null ? "/expert/affectations" : "/dossiers";

    public string BackToListText => BackToList switch
    {
        "/financeur/demandes" => "Dossier.BackFundingRequests",
        "/expert/affectations" => "Dossier.BackMyReviews",
        "/co-labellisation" => "CoLabelling.Requests",
        _ => "Dossier.Dossiers",
    };

    /// <summary>The lead may rework a deferred or not-labelled dossier for another call, once.</summary>
    public bool MayCarryOver => IsLead && Dossier.CarriedTo is null && Dossier.Status is ProposalStatus.Deferred or ProposalStatus.NotLabelled;

    /// <summary>The light first stage of a two-stage call: estimated totals instead of budgets, the pre-proposal deadline.</summary>
    public bool IsPreProposal => Dossier.Stage == ProposalStage.PreProposal && Call?.PreProposal is not null;

    public bool IsEditable => IsPreProposal
        ? Dossier.Status is ProposalStatus.Draft or ProposalStatus.PreProposalSubmitted && Call?.Status == Domain.Calls.CallStatus.Open
            && !Dossier.Issues.Any(i => i.Code is "pre_proposal_deadline_passed" or "not_invited")
        : (Dossier.Status is ProposalStatus.Draft or ProposalStatus.Submitted or ProposalStatus.InvitedToFullProposal && Call?.Status == Domain.Calls.CallStatus.Open)
          || (Dossier.OpenCorrection is { } correction && CorrectedPart is { } part && correction.Scope.Contains(part));

    /// <summary>The part of the dossier this step changes, which a correction request may reopen.</summary>
    private CorrectionScope? CorrectedPart => PartOfStep(Step);

    /// <summary>
    /// For the consortium, whether a step's part of the dossier is complete: none of the submit checklist's issues
    /// (<see cref="ProposalResponse.Issues"/>, the same rules) belongs to it. Null for steps that are no part to fill in.
    /// </summary>
    public bool? StepDone(string step) =>
        IsConsortium && PartOfStep(step) is { } part ? !Dossier.Issues.Any(i => EligibilityIssue.PartOf(i.Code) == part) : null;

    private static CorrectionScope? PartOfStep(string step) => step switch
    {
        "projet" => CorrectionScope.Project,
        "budgets" or "estimations" => CorrectionScope.Budgets,
        "pieces" => CorrectionScope.Attachments,
        "partenaires" => CorrectionScope.Partners,
        _ => null,
    };

    public int CurrentVersion => int.Parse(Dossier.ETag.Trim('"'), CultureInfo.InvariantCulture);

    protected ExpectedVersion Expected => new(Version);

    /// <summary>Loads the dossier; false when it does not exist or the caller may not see it (shown as 404).</summary>
    protected async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var result = await getProposal.Handle(id, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Dossier = result.Value;
        var call = await getCall.Handle(Dossier.CallId, ct);
        Call = call.IsSuccess ? call.Value : null;
        _loaded = true;
        return true;
    }

    /// <summary>The messages of one field of the posted form, or null.</summary>
    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    /// <summary>Shows the page again with the action's consequences and a form that posts the same fields, confirmed.</summary>
    protected IActionResult AskToConfirm(string heading, IReadOnlyList<string> consequences, string confirmLabel, string? undo = null)
    {
        Confirm = new ConfirmStep(heading, consequences, confirmLabel, Request.Path, ConfirmStep.SameAction(Request), ConfirmStep.Repost(Request.Form), undo);
        return Page();
    }

    protected void Reloaded(ProposalResponse dossier) => Dossier = dossier;

    protected IActionResult Done(string message, string? to = null)
    {
        TempData["Flash"] = message;
        return Redirect(to ?? Request.Path);
    }
}
