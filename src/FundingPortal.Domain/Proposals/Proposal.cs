using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals.Submission;

namespace FundingPortal.Domain.Proposals;

/// <summary>
/// A project dossier drafted by a consortium. Every change bumps <see cref="ConcurrencyVersion"/>, which is the
/// dossier's ETag and the optimistic-concurrency token of the whole aggregate.
/// </summary>
public sealed partial class Proposal : Entity
{
    private readonly List<ProposalPartner> _partners = [];
    private readonly List<ProposalAttachment> _attachments = [];
    private List<string> _keywords = [];
    private List<Guid> _excludedExpertIds = [];

    private Proposal()
    {
    }

    public string Reference { get; private set; } = string.Empty;
    public Guid CallId { get; private set; }
    public Guid LeadOrganisationId { get; private set; }
    public string Acronym { get; private set; } = string.Empty;
    public string Title { get; private set; } = string.Empty;
    public string? Summary { get; private set; }
    public IReadOnlyList<string> Keywords => _keywords;
    public int TrlStart { get; private set; }
    public int TrlTarget { get; private set; }
    public int DurationMonths { get; private set; }
    public ProposalStatus Status { get; private set; }
    public IReadOnlyList<Guid> ExcludedExpertIds => _excludedExpertIds;
    public int LatestVersion { get; private set; }
    public DateTimeOffset? LastSubmittedAt { get; private set; }
    public string? ScreeningReason { get; private set; }
    public DateTimeOffset? ScreenedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int ConcurrencyVersion { get; private set; }

    public IReadOnlyList<ProposalPartner> Partners => _partners;
    public IReadOnlyList<ProposalAttachment> Attachments => _attachments;

    /// <summary>Retention (ADR 0033): every attachment's name becomes "piece-jointe-n.pdf". Not a state change; idempotent.</summary>
    public void AnonymiseAttachmentNames()
    {
        for (var i = 0; i < _attachments.Count; i++)
        {
            _attachments[i].Anonymise(i + 1);
        }
    }

    public decimal TotalBudget => _partners.Sum(p => p.Budget.Total);

    public string ETag => $"\"{ConcurrencyVersion}\"";

    public const int MaxAttachments = 50;
    public const long MaxAttachmentBytes = 100L * 1024 * 1024;

    public static Result<Proposal> Create(Call call, Guid leadOrganisationId, string reference, ProjectFields fields, DateTimeOffset now)
    {
        if (!call.IsOpenAt(now))
        {
            return call.StatusAt(now) == CallStatus.Closed
                ? Error.Conflict("call_not_open", "The submission deadline of this call has passed.")
                : Error.Conflict("call_not_open", "This call is not open for dossiers.");
        }

        if (call.IsTwoStage && !call.IsPreProposalStageOpenAt(now))
        {
            return Error.Conflict("call_not_open", "The pre-proposal deadline of this two-stage call has passed: only shortlisted consortia go on.");
        }

        var valid = fields.Validate();
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        var proposal = new Proposal
        {
            Reference = reference,
            CallId = call.Id,
            LeadOrganisationId = leadOrganisationId,
            Status = ProposalStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            ConcurrencyVersion = 1,
        };
        proposal.ApplyFields(fields);
        proposal._partners.Add(new ProposalPartner(proposal.Id, leadOrganisationId, isLead: true, now));
        return proposal;
    }

    public bool IsPartner(Guid organisationId) => _partners.Any(p => p.OrganisationId == organisationId);

    public Result UpdateFields(ProjectFields fields, Call call, DateTimeOffset now)
    {
        var editable = EnsureEditable(call, now, CorrectionScope.Project);
        if (!editable.IsSuccess)
        {
            return editable;
        }

        var valid = fields.Validate();
        if (!valid.IsSuccess)
        {
            return valid;
        }

        ApplyFields(fields);
        Touch(now);
        return Result.Success();
    }

    public Result AddPartner(Guid organisationId, Call call, DateTimeOffset now)
    {
        var editable = EnsureEditable(call, now, CorrectionScope.Partners);
        if (!editable.IsSuccess)
        {
            return editable;
        }

        if (IsPartner(organisationId))
        {
            return Error.Conflict("partner_exists", "This organisation is already a partner of the dossier.");
        }

        if (_partners.Count >= 100)
        {
            return Error.Rule("too_many_partners", "A dossier holds at most 100 partners.");
        }

        _partners.Add(new ProposalPartner(Id, organisationId, isLead: false, now));
        Touch(now);
        return Result.Success();
    }

    public Result RemovePartner(Guid organisationId, Call call, DateTimeOffset now)
    {
        var editable = EnsureEditable(call, now, CorrectionScope.Partners);
        if (!editable.IsSuccess)
        {
            return editable;
        }

        var partner = _partners.FirstOrDefault(p => p.OrganisationId == organisationId);
        if (partner is null)
        {
            return Error.NotFound("Partner");
        }

        if (partner.IsLead)
        {
            return Error.Conflict("cannot_remove_lead", "The lead organisation cannot be removed from its own dossier.");
        }

        _partners.Remove(partner);
        Touch(now);
        return Result.Success();
    }

    public Result SetBudget(Guid organisationId, Budget budget, Call call, DateTimeOffset now)
    {
        var editable = EnsureEditable(call, now, CorrectionScope.Budgets);
        if (!editable.IsSuccess)
        {
            return editable;
        }

        if (StageIn(call) == ProposalStage.PreProposal)
        {
            return Error.Conflict("invalid_state", "Detailed budgets are filled in at the full stage, once the pre-proposal is shortlisted; give an estimated total now.");
        }

        var partner = _partners.FirstOrDefault(p => p.OrganisationId == organisationId);
        if (partner is null)
        {
            return Error.NotFound("Partner");
        }

        partner.SetBudget(budget, now);
        Touch(now);
        return Result.Success();
    }

    public Result<ProposalAttachment> AddAttachment(AttachmentKind kind, string fileName, long size, string sha256, Guid uploadedBy, Call call, DateTimeOffset now)
    {
        var editable = EnsureEditable(call, now, CorrectionScope.Attachments);
        if (!editable.IsSuccess)
        {
            return editable.Error!;
        }

        if (_attachments.Count >= MaxAttachments)
        {
            return new Error("quota_exceeded", $"A dossier holds at most {MaxAttachments} attachments.", ErrorKind.TooLarge);
        }

        if (_attachments.Sum(a => a.Size) + size > MaxAttachmentBytes)
        {
            return new Error("quota_exceeded", "A dossier's attachments weigh 100 MB at most in all.", ErrorKind.TooLarge);
        }

        var attachment = new ProposalAttachment(Id, kind, fileName, size, sha256, uploadedBy, now);
        _attachments.Add(attachment);
        Touch(now);
        return attachment;
    }

    /// <summary>Takes an attachment out of the dossier being edited; versions already submitted keep listing it.</summary>
    public Result<ProposalAttachment> RemoveAttachment(Guid attachmentId, Call call, DateTimeOffset now)
    {
        var editable = EnsureEditable(call, now, CorrectionScope.Attachments);
        if (!editable.IsSuccess)
        {
            return editable.Error!;
        }

        var attachment = _attachments.FirstOrDefault(a => a.Id == attachmentId);
        if (attachment is null)
        {
            return Error.NotFound("Attachment");
        }

        _attachments.Remove(attachment);
        Touch(now);
        return attachment;
    }

    /// <summary>A new file in place of an old one, of the same kind; the quota counts the new file instead of the old.</summary>
    public Result<ProposalAttachment> ReplaceAttachment(Guid attachmentId, string fileName, long size, string sha256, Guid uploadedBy, Call call, DateTimeOffset now)
    {
        var removed = RemoveAttachment(attachmentId, call, now);
        if (!removed.IsSuccess)
        {
            return removed.Error!;
        }

        var added = AddAttachment(removed.Value.Kind, fileName, size, sha256, uploadedBy, call, now);
        if (!added.IsSuccess)
        {
            _attachments.Add(removed.Value);
        }

        return added;
    }

    public Result SetExcludedExperts(IReadOnlyCollection<Guid> expertIds, Call call, DateTimeOffset now)
    {
        var editable = EnsureEditable(call, now, null);
        if (!editable.IsSuccess)
        {
            return editable;
        }

        if (expertIds.Count > 20)
        {
            return Error.Field("expertIds", "too_many_exclusions", "At most 20 experts can be excluded.");
        }

        _excludedExpertIds = expertIds.Distinct().ToList();
        Touch(now);
        return Result.Success();
    }

    /// <summary>
    /// Freezes the current content as the next version, shaped like a contract signature: the submission rules run once
    /// with the server's time (<see cref="SubmissionPolicy"/>), and only an accepted submission numbers the version and
    /// asks <paramref name="freeze"/> for its snapshot, so a refusal in the deadline rush costs no snapshot and no hash.
    /// </summary>
    public Result<ProposalVersion> Submit(Call call, IReadOnlyDictionary<Guid, Organisation> organisations, Submitter submitter, DateTimeOffset now,
        Func<int, FrozenContent> freeze)
    {
        var allowed = SubmissionPolicy.Check(this, call, organisations, now);
        if (!allowed.IsSuccess)
        {
            return allowed.Error!;
        }

        var correction = OpenCorrectionAt(now);
        var preProposal = StageIn(call) == ProposalStage.PreProposal;
        var number = LatestVersion + 1;
        var content = freeze(number);
        var version = new ProposalVersion(Id, number, content.Json, content.Sha256, $"AR-{Reference}-V{number}", now, submitter.UserId,
            submitter.IdempotencyKey, correction?.Id, preProposal);
        LatestVersion = number;
        LastSubmittedAt = now;
        if (correction is null)
        {
            Status = preProposal ? ProposalStatus.PreProposalSubmitted : ProposalStatus.Submitted;
            ScreenedAt = null;
        }
        else
        {
            // An answer to a correction keeps the dossier where it was in screening or review.
            correction.Answer(number, now);
        }

        Touch(now);
        return version;
    }

    public Result Withdraw(DateTimeOffset now)
    {
        if (!Status.IsBeforeLabellingDecision())
        {
            return Error.Conflict("invalid_status", $"A dossier in status {Status} can no longer be withdrawn.");
        }

        Status = ProposalStatus.Withdrawn;
        Touch(now);
        return Result.Success();
    }

    public Result Screen(bool eligible, string? reason, DateTimeOffset now)
    {
        if (Status != ProposalStatus.Submitted)
        {
            return Error.Conflict("invalid_status", $"Only submitted dossiers are screened; this one is {Status}.");
        }

        if (!eligible && string.IsNullOrWhiteSpace(reason))
        {
            return Error.Field("reason", "validation_failed", "A reason is required to declare a dossier ineligible.");
        }

        if (reason?.Length > 4000 || TextRules.HasForbiddenCharacters(reason, multiline: true))
        {
            return Error.Field("reason", "validation_failed", "The reason is 4,000 characters at most.");
        }

        ScreenedAt = now;
        ScreeningReason = reason?.Trim();
        if (!eligible)
        {
            Status = ProposalStatus.Ineligible;
        }

        Touch(now);
        return Result.Success();
    }

    public Result StartReview(DateTimeOffset now)
    {
        if (Status == ProposalStatus.UnderReview)
        {
            return Result.Success();
        }

        if (Status != ProposalStatus.Submitted)
        {
            return Error.Conflict("invalid_status", $"A dossier in status {Status} cannot be reviewed.");
        }

        Status = ProposalStatus.UnderReview;
        Touch(now);
        return Result.Success();
    }

    internal void ChangeStatus(ProposalStatus status, DateTimeOffset now)
    {
        Status = status;
        Touch(now);
    }

    /// <summary>
    /// Draft or submitted (or invited to the full stage), and its call not closed: what every change to the dossier needs.
    /// A pre-proposal follows the pre-proposal deadline instead.
    /// </summary>
    public Result EnsureEditable(Call call, DateTimeOffset now)
    {
        if (StageIn(call) == ProposalStage.PreProposal)
        {
            return EnsurePreProposalEditable(call, now);
        }

        if (Status is not (ProposalStatus.Draft or ProposalStatus.Submitted or ProposalStatus.InvitedToFullProposal))
        {
            return Error.Conflict("proposal_frozen", $"A dossier in status {Status} can no longer be edited.");
        }

        if (call.StatusAt(now) == CallStatus.Closed)
        {
            return Error.Conflict("deadline_passed", "The submission deadline has passed; the dossier is frozen.");
        }

        return Result.Success();
    }

    private void ApplyFields(ProjectFields fields)
    {
        Acronym = fields.Acronym.Trim();
        Title = fields.Title.Trim();
        Summary = fields.Summary;
        _keywords = fields.Keywords.Select(k => k.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        TrlStart = fields.TrlStart;
        TrlTarget = fields.TrlTarget;
        DurationMonths = fields.DurationMonths;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        ConcurrencyVersion++;
    }
}
