using FundingPortal.Domain.Organisations;

namespace FundingPortal.Domain.UnitTests.Organisations;

public sealed class InvitationTests
{
    private static readonly DateTimeOffset Sent = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Inviter = Guid.NewGuid();
    private static readonly Guid Invitee = Guid.NewGuid();

    private static Invitation New(string email = "Claire.Martin@Ondes-Bretonnes.fr") =>
        Invitation.ToOrganisation(Guid.NewGuid(), email, Inviter, "lead@ondes-bretonnes.fr", Sent).Value;

    [Fact]
    public void It_lasts_14_days_to_the_instant_and_is_matched_to_the_address_whatever_its_case()
    {
        var invitation = New("  Claire.Martin@Ondes-Bretonnes.fr ");
        Assert.Equal("Claire.Martin@Ondes-Bretonnes.fr", invitation.Email);
        Assert.Equal(Sent.AddDays(14), invitation.ExpiresAt);
        Assert.True(invitation.IsAddressedTo("claire.martin@ondes-bretonnes.fr"));
        Assert.False(invitation.IsAddressedTo("claire.martin@ondes-bretonnes.com"));
        Assert.True(invitation.IsOpenAt(Sent.AddDays(14).AddTicks(-1)));
        Assert.False(invitation.IsOpenAt(Sent.AddDays(14)));
        Assert.Equal("invitation_expired", invitation.Accept(Invitee, Sent.AddDays(14)).Error!.Code);
        Assert.Equal(InvitationStatus.Pending, invitation.Status);
    }

    [Fact]
    public void It_is_answered_once()
    {
        var accepted = New();
        Assert.True(accepted.Accept(Invitee, Sent.AddHours(1)).IsSuccess);
        Assert.Equal((InvitationStatus.Accepted, Invitee, Sent.AddHours(1)), (accepted.Status, accepted.AnsweredByUserId, accepted.AnsweredAt));
        Assert.Equal("invitation_used", accepted.Decline(Invitee, Sent.AddHours(2)).Error!.Code);
        Assert.Equal("invitation_used", accepted.Revoke(Inviter, Sent.AddHours(2)).Error!.Code);

        var revoked = New();
        Assert.True(revoked.Revoke(Inviter, Sent.AddHours(1)).IsSuccess);
        Assert.Equal("invitation_revoked", revoked.Accept(Invitee, Sent.AddHours(2)).Error!.Code);
        Assert.Equal(InvitationStatus.Revoked, revoked.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("claire")]
    [InlineData("@ondes.fr")]
    [InlineData("claire@")]
    [InlineData("a@b@c.fr")]
    [InlineData("claire martin@ondes.fr")]
    [InlineData("claire@ondes.fr, paul@ondes.fr")]
    [InlineData("claire\u0000@ondes.fr")]
    public void A_malformed_address_is_an_invalid_email(string email) =>
        Assert.Equal("invalid_email", Invitation.ToOrganisation(Guid.NewGuid(), email, Inviter, "x@y.fr", Sent).Error!.Code);

    [Fact]
    public void A_partner_invitation_records_which_organisation_joined()
    {
        var partner = Invitation.ToPartner(Guid.NewGuid(), "lea@capsule.fr", " Capsule Santé ", Inviter, "lead@ondes.fr", Sent).Value;
        Assert.Equal("Capsule Santé", partner.OrganisationName);
        var organisation = Guid.NewGuid();
        Assert.True(partner.AcceptAsPartner(Invitee, organisation, Sent.AddDays(1)).IsSuccess);
        Assert.Equal(organisation, partner.PartnerOrganisationId);
        Assert.Equal("validation_failed",
            Invitation.ToPartner(Guid.NewGuid(), "lea@capsule.fr", new string('a', 201), Inviter, "lead@ondes.fr", Sent).Error!.Code);
    }
}

public sealed class JoinRequestTests
{
    private static readonly DateTimeOffset Asked = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_request_is_decided_once_and_its_message_is_bounded()
    {
        var request = JoinRequest.Create(Guid.NewGuid(), Guid.NewGuid(), "thomas@normandie.fr", "  Service radio.\nCaen  ", Asked).Value;
        Assert.Equal("Service radio.\nCaen", request.Message);
        var member = Guid.NewGuid();
        Assert.True(request.Approve(member, Asked.AddHours(1)).IsSuccess);
        Assert.Equal((JoinRequestStatus.Approved, member), (request.Status, request.DecidedByUserId));
        Assert.Equal("join_request_decided", request.Reject(member, Asked.AddHours(2)).Error!.Code);

        Assert.Null(JoinRequest.Create(Guid.NewGuid(), Guid.NewGuid(), "t@n.fr", "   ", Asked).Value.Message);
        Assert.Equal("validation_failed", JoinRequest.Create(Guid.NewGuid(), Guid.NewGuid(), "t@n.fr", new string('x', 1001), Asked).Error!.Code);
        Assert.Equal("validation_failed", JoinRequest.Create(Guid.NewGuid(), Guid.NewGuid(), "t@n.fr", "bip\u0007", Asked).Error!.Code);
    }
}
