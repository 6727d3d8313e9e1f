using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.SetExcludedExperts;
using FundingPortal.Application.Proposals.UpdateProjectFields;
using FundingPortal.Application.Reviews.Experts;
using FundingPortal.Application.Reviews.Experts.ListCallExperts;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

public sealed class ProjectModel(GetProposal getProposal, GetCall getCall, ICurrentUser user, ListCallExperts listCallExperts) : DossierPageModel(getProposal, getCall, user)
{
    private static readonly ProjectTexts Texts = new();

    public override string Step => "projet";

    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        Input = ProjectInput.From(Dossier);
        Version = CurrentVersion;
        await LoadExperts(ct);
        return Page();
    }

    /// <summary>The call's public list of experts, from which the lead may exclude some before submission.</summary>
    public IReadOnlyList<CallExpertDto> CallExperts { get; private set; } = [];

    public async Task<IActionResult> OnPostExcludeAsync(Guid id, List<Guid> excluded, [FromServices] SetExcludedExperts setExcluded, CancellationToken ct)
    {
        var result = await setExcluded.Handle(id, new ExcludedExpertsRequest(excluded), Expected, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            if (!await Load(id, ct))
            {
                return NotFound();
            }

            Input = ProjectInput.From(Dossier);
            Version = CurrentVersion;
            await LoadExperts(ct);
            return Page();
        }

        return Done(excluded.Count == 0 ? Texts["NoneExcluded"] : Texts.Format(excluded.Count == 1 ? "ExcludedOne" : "ExcludedMany", Languages.Current, excluded.Count));
    }

    private async Task LoadExperts(CancellationToken ct)
    {
        var list = await listCallExperts.Handle(Dossier.CallId, ct);
        CallExperts = list.IsSuccess ? list.Value : [];
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] UpdateProjectFields updateFields, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        await LoadExperts(ct);
        if (!ModelState.IsValid)
        {
            // Every error at once: what could not be read ("abc" as a TRL), and the rules' errors for what could.
            if (Input.ToRequest().ToFields().Validate().Error is { } rules)
            {
                ModelState.AddErrorsBesideUnread(rules, ModelStateErrors.Into("Input"));
            }

            ModelState.NameFields(LabelOf);
            return Page();
        }

        var result = await updateFields.Handle(id, Input.ToRequest(), Expected, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, ModelStateErrors.Into("Input"));
            ModelState.NameFields(LabelOf);
            // After a concurrent change the next save applies to the fresh version, with the typed values kept.
            ModelState.Remove(nameof(Version));
            Version = CurrentVersion;
            return Page();
        }

        return Done(Texts["Saved"]);
    }

    private static string? LabelOf(string key) => key switch
    {
        "Input.Acronym" => Texts["FieldAcronym"],
        "Input.Title" => Texts["FieldTitle"],
        "Input.Summary" => Texts["FieldSummary"],
        "Input.Keywords" => Texts["Keywords"],
        "Input.TrlStart" => Texts["FieldTrlStart"],
        "Input.TrlTarget" => Texts["FieldTrlTarget"],
        "Input.DurationMonths" => Texts["FieldDuration"],
        _ => null,
    };
}
