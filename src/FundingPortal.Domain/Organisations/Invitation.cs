using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Organisations;

public enum InvitationKind
{
    /// <summary>To become a member of the inviting organisation.</summary>
    Organisation,

    /// <summary>To bring the invitee's organisation into a dossier's consortium.</summary>
    Partner,

    /// <summary>To sit, as a named external member, on the labelling committee of a call.</summary>
    Committee,
}

public enum InvitationStatus
{
    Pending,
    Accepted,
    Declined,
    Revoked,
}

/// <summary>
/// An offer sent to an e-mail address, with or without an account behind it. Nothing happens until the person who
/// owns that (confirmed) address accepts; it lapses after <see cref="Lifetime"/>.
/// </summary>
public sealed class Invitation : Entity
{
    public const int MaxEmailLength = 254;
    public const int MaxOrganisationNameLength = 200;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private Invitation()
    {
    }

    public InvitationKind Kind { get; private set; }
    public string Email { get; private set; } = string.Empty;

    /// <summary>Upper-case address, as Identity normalises it, to match the invitee's account.</summary>
    public string NormalizedEmail { get; private set; } = string.Empty;

    /// <summary>The organisation the invitee is asked to join (organisation invitations).</summary>
    public Guid? OrganisationId { get; private set; }

    /// <summary>The dossier the invitee's organisation is asked to join (partner invitations).</summary>
    public Guid? ProposalId { get; private set; }

    /// <summary>The name the lead gave the partner's organisation, a hint for the invitee (partner invitations).</summary>
    public string? OrganisationName { get; private set; }

    /// <summary>The call whose labelling committee the invitee is asked to sit on (committee invitations).</summary>
    public Guid? CallId { get; private set; }

    public Guid InvitedByUserId { get; private set; }
    public string InvitedByEmail { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public InvitationStatus Status { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public Guid? AnsweredByUserId { get; private set; }

    /// <summary>The organisation that became a partner (partner invitations, once accepted).</summary>
    public Guid? PartnerOrganisationId { get; private set; }

    public DateTimeOffset? EmailedAt { get; private set; }

    public static Result<Invitation> ToOrganisation(Guid organisationId, string? email, Guid invitedBy, string invitedByEmail, DateTimeOffset now)
    {
        var address = InvitationEmail.Parse(email);
        return address.IsSuccess
            ? New(InvitationKind.Organisation, address.Value, organisationId, null, null, invitedBy, invitedByEmail, now)
            : address.Error!;
    }

    public static Result<Invitation> ToPartner(Guid proposalId, string? email, string? organisationName, Guid invitedBy, string invitedByEmail, DateTimeOffset now)
    {
        var address = InvitationEmail.Parse(email);
        var name = string.IsNullOrWhiteSpace(organisationName) ? null : organisationName.Trim();
        var nameInvalid = name is not null && (name.Length > MaxOrganisationNameLength || TextRules.HasForbiddenCharacters(name));
        if (nameInvalid)
        {
            // Both fields' errors at once, so that the form names every field to correct in one go.
            var errors = new Dictionary<string, string[]>(address.Error?.FieldErrors ?? new Dictionary<string, string[]>())
            {
                ["organisationName"] = [$"The organisation name is {MaxOrganisationNameLength} characters at most, without control characters."],
            };
            return Error.Validation("validation_failed", "Some fields of the invitation are invalid.", errors);
        }

        if (!address.IsSuccess)
        {
            return address.Error!;
        }

        return New(InvitationKind.Partner, address.Value, null, proposalId, name, invitedBy, invitedByEmail, now);
    }

    public static Result<Invitation> ToCommittee(Guid callId, string? email, Guid invitedBy, string invitedByEmail, DateTimeOffset now)
    {
        var address = InvitationEmail.Parse(email);
        if (!address.IsSuccess)
        {
            return address.Error!;
        }

        var invitation = New(InvitationKind.Committee, address.Value, null, null, null, invitedBy, invitedByEmail, now);
        invitation.CallId = callId;
        return invitation;
    }

    private static Invitation New(InvitationKind kind, string email, Guid? organisationId, Guid? proposalId, string? organisationName, Guid invitedBy,
        string invitedByEmail, DateTimeOffset now) => new()
    {
        Kind = kind,
        Email = email,
        NormalizedEmail = InvitationEmail.Normalise(email),
        OrganisationId = organisationId,
        ProposalId = proposalId,
        OrganisationName = organisationName,
        InvitedByUserId = invitedBy,
        InvitedByEmail = invitedByEmail,
        CreatedAt = now,
        ExpiresAt = now + Lifetime,
        Status = InvitationStatus.Pending,
    };

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Still waiting for an answer and not expired.</summary>
    public bool IsOpenAt(DateTimeOffset now) => Status == InvitationStatus.Pending && !IsExpiredAt(now);

    public bool IsAddressedTo(string email) => NormalizedEmail == InvitationEmail.Normalise(email);

    /// <summary>Accepting an organisation invitation: the caller's membership is recorded by the use case in the same unit of work.</summary>
    public Result Accept(Guid userId, DateTimeOffset now) => Answer(InvitationStatus.Accepted, userId, now);

    /// <summary>Accepting a partner invitation on behalf of the invitee's organisation.</summary>
    public Result AcceptAsPartner(Guid userId, Guid organisationId, DateTimeOffset now)
    {
        if (Kind != InvitationKind.Partner)
        {
            throw new InvalidOperationException("Only a partner invitation brings an organisation into a dossier.");
        }

        var answered = Answer(InvitationStatus.Accepted, userId, now);
        if (answered.IsSuccess)
        {
            PartnerOrganisationId = organisationId;
        }

        return answered;
    }

    public Result Decline(Guid userId, DateTimeOffset now) => Answer(InvitationStatus.Declined, userId, now);

    public Result Revoke(Guid userId, DateTimeOffset now)
    {
        var open = EnsureOpenAt(now);
        if (!open.IsSuccess)
        {
            return open;
        }

        Status = InvitationStatus.Revoked;
        AnsweredAt = now;
        AnsweredByUserId = userId;
        return Result.Success();
    }

    public void MarkEmailed(DateTimeOffset now) => EmailedAt ??= now;

    private Result Answer(InvitationStatus answer, Guid userId, DateTimeOffset now)
    {
        var open = EnsureOpenAt(now);
        if (!open.IsSuccess)
        {
            return open;
        }

        Status = answer;
        AnsweredAt = now;
        AnsweredByUserId = userId;
        return Result.Success();
    }

    /// <summary>Pending and not expired, or the reason why it can no longer be answered (400 with a stable code).</summary>
    public Result EnsureOpenAt(DateTimeOffset now) => Status switch
    {
        InvitationStatus.Revoked => Error.Validation("invitation_revoked", "This invitation was withdrawn by the person who sent it."),
        InvitationStatus.Accepted or InvitationStatus.Declined => Error.Validation("invitation_used", "This invitation has already been answered."),
        _ when IsExpiredAt(now) => Error.Validation("invitation_expired", $"This invitation expired on {ExpiresAt:yyyy-MM-dd}; ask for a new one."),
        _ => Result.Success(),
    };
}
