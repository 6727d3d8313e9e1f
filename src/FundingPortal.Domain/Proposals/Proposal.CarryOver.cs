using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Proposals;

public sealed partial class Proposal
{
    /// <summary>The dossier this one was carried over from (a deferred or not-labelled dossier of an earlier call).</summary>
    public Guid? CarriedFromProposalId { get; private set; }

    /// <summary>The draft this dossier was carried over to, in a later call; at most one.</summary>
    public Guid? CarriedToProposalId { get; private set; }

    public bool MayBeCarriedOver => Status is ProposalStatus.Deferred or ProposalStatus.NotLabelled && CarriedToProposalId is null;

    /// <summary>
    /// Reworks a deferred or not-labelled dossier for another open call: a new draft with the same project, consortium
    /// and budgets, and the same attachments (their bytes are copied by the caller: see <see cref="CarriedOver.Attachments"/>).
    /// Both dossiers point at each other; this one keeps its status and its history.
    /// </summary>
    public Result<CarriedOver> CarryOverInto(Call target, string reference, DateTimeOffset now)
    {
        if (Status is not (ProposalStatus.Deferred or ProposalStatus.NotLabelled))
        {
            return Error.Conflict("invalid_state", $"Only a deferred or not-labelled dossier can be carried over to another call; this one is {Status}.");
        }

        if (CarriedToProposalId is not null)
        {
            return Error.Conflict("already_carried_over", "This dossier was already carried over to another call.");
        }

        if (target.Id == CallId)
        {
            return Error.Conflict("same_call", "A dossier is carried over to another call, not to the one that decided it.");
        }

        var created = Create(target, LeadOrganisationId, reference, new ProjectFields(Acronym, Title, Summary, Keywords, TrlStart, TrlTarget, DurationMonths), now);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var copy = created.Value;
        foreach (var partner in _partners.OrderBy(p => p.JoinedAt))
        {
            var copied = partner.IsLead ? copy._partners.Single(p => p.IsLead) : new ProposalPartner(copy.Id, partner.OrganisationId, isLead: false, now);
            if (!partner.IsLead)
            {
                copy._partners.Add(copied);
            }

            if (partner.BudgetUpdatedAt is not null)
            {
                copied.SetBudget(partner.Budget, now);
            }
        }

        var attachments = new List<(Guid From, Guid To)>();
        foreach (var attachment in _attachments)
        {
            var copied = new ProposalAttachment(copy.Id, attachment.Kind, attachment.FileName, attachment.Size, attachment.Sha256, attachment.UploadedByUserId, now);
            copy._attachments.Add(copied);
            attachments.Add((attachment.Id, copied.Id));
        }

        copy.CarriedFromProposalId = Id;
        CarriedToProposalId = copy.Id;
        Touch(now);
        return new CarriedOver(copy, attachments);
    }
}

/// <summary>The new draft, and which attachment's bytes each of its attachments takes.</summary>
public sealed record CarriedOver(Proposal Draft, IReadOnlyList<(Guid From, Guid To)> Attachments);
