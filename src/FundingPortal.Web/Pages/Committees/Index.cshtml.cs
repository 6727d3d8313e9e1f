using System.Globalization;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.ListCalls;
using FundingPortal.Application.Committees;
using FundingPortal.Application.Committees.InviteCommitteeMember;
using FundingPortal.Application.Committees.ListCommitteeCandidates;
using FundingPortal.Application.Organisations.Invitations;
using FundingPortal.Application.Committees.ListCommitteeSessions;
using FundingPortal.Application.Committees.ScheduleCommitteeSession;
using FundingPortal.Application.Common;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Formatting;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Committees;

/// <summary>A call's committee sessions, and the form that schedules one from the call's ranking (with a confirmation step).</summary>
[Authorize(Roles = Roles.ClusterManager)]
public sealed class IndexModel(ListCalls listCalls, ListCommitteeSessions listSessions, ListCommitteeCandidates candidates) : PageModel
{
    private static readonly CommitteeTexts Texts = new();

    public IReadOnlyList<CallSummary> Calls { get; private set; } = [];
    public Guid? CallId { get; private set; }
    public IReadOnlyList<CommitteeSessionSummary> Sessions { get; private set; } = [];
    public IReadOnlyList<CommitteeMemberDto> Candidates { get; private set; } = [];
    public IReadOnlyList<CommitteeCandidateDto> ExternalMembers { get; private set; } = [];
    public IReadOnlyList<CommitteeInvitationDto> PendingInvitations { get; private set; } = [];

    [BindProperty]
    public string? InviteEmail { get; set; }

    [BindProperty]
    public ScheduleInput Input { get; set; } = new();

    [BindProperty]
    public bool Confirmed { get; set; }

    public ConfirmStep? Confirm { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "appel")] Guid? callId, CancellationToken ct) => await Load(callId, ct);

    public async Task<IActionResult> OnPostScheduleAsync([FromQuery(Name = "appel")] Guid callId, [FromServices] ScheduleCommitteeSession schedule, CancellationToken ct)
    {
        var startsAt = ParseStart(Input.StartsAt);
        if (startsAt is null)
        {
            ModelState.AddModelError("Input.StartsAt", Texts["StartsAtInvalid"]);
        }

        if (ModelState.ErrorCount == 0 && !Confirmed)
        {
            await Load(callId, ct);
            Confirm = new ConfirmStep(Texts.Format("Confirm.ScheduleHeading", Languages.Current, RequestText.Format.DateAndTime(Paris(startsAt!.Value))),
                [Texts.Format("Confirm.ScheduleAgenda", Languages.Current, Input.AuditionMinutes ?? 0), Texts["Confirm.ScheduleTold"]],
                Texts["Confirm.ScheduleButton"], Request.Path + Request.QueryString, ConfirmStep.SameAction(Request), ConfirmStep.Repost(Request.Form));
            return Page();
        }

        if (ModelState.ErrorCount == 0)
        {
            var local = new LocalTimeDto(startsAt!.Value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), Domain.Common.LocalInstant.DefaultTimeZone);
            var result = await schedule.Handle(callId, new ScheduleCommitteeSessionRequest(local, Input.Location, Input.MemberUserIds, Input.AuditionMinutes), ct);
            if (result.IsSuccess)
            {
                TempData["Flash"] = Texts["Scheduled"];
                return Redirect($"/gestion/comites/{result.Value.Id}");
            }

            ModelState.AddError(result.Error!, ModelStateErrors.Into("Input"));
        }

        await Load(callId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostInviteAsync([FromQuery(Name = "appel")] Guid callId, [FromServices] InviteCommitteeMember invite, CancellationToken ct)
    {
        var result = await invite.Handle(callId, new InvitationRequest(InviteEmail), ct);
        if (result.IsSuccess)
        {
            TempData["Flash"] = Texts.Format("Invited", Languages.Current, result.Value.Email);
            return Redirect($"/gestion/comites?appel={callId}");
        }

        ModelState.AddError(result.Error!, field => field == "email" ? nameof(InviteEmail) : field);
        await Load(callId, ct);
        return Page();
    }

    private async Task Load(Guid? callId, CancellationToken ct)
    {
        Calls = (await ListPages.All(page => listCalls.Handle(page, ct))).Where(c => c.Status != Domain.Calls.CallStatus.Draft).ToList();
        CallId = callId is { } id && Calls.Any(c => c.Id == id) ? id : Calls.FirstOrDefault()?.Id;
        if (CallId is { } selected)
        {
            var sessions = await listSessions.Handle(selected, ct);
            Sessions = sessions.IsSuccess ? sessions.Value.Items : [];
        }

        Candidates = [];
        if (CallId is { } call && await candidates.Handle(call, ct) is { IsSuccess: true } members)
        {
            Candidates = members.Value.Members.Select(m => new CommitteeMemberDto(m.UserId, m.Email)).ToList();
            ExternalMembers = members.Value.Members.Where(m => m.External).ToList();
            PendingInvitations = members.Value.Pending;
        }
    }

    private static DateTime? ParseStart(string? text) =>
        DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? local : null;

    /// <summary>The instant of a Paris wall-clock time; one that does not exist (spring forward) is left to the use case to refuse.</summary>
    private static DateTimeOffset Paris(DateTime local) =>
        Domain.Common.LocalInstant.Create(local, null) is { IsSuccess: true } instant ? instant.Value.Utc : new DateTimeOffset(local, TimeSpan.Zero);

    public sealed class ScheduleInput
    {
        public string? StartsAt { get; set; }
        public string? Location { get; set; }
        public int? AuditionMinutes { get; set; } = 20;
        public List<Guid> MemberUserIds { get; set; } = [];
    }
}
